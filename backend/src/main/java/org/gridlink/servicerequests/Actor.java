package org.gridlink.servicerequests;

/**
 * Who took a step: the subject (kept, never shown to residents), what they are to the request, and
 * the public name shown on the timeline (a worker's notice-board name; none for residents).
 */
record Actor(String subject, By by, String name) {
  enum By {
    RESIDENT,
    WORKER,
    STAFF,
    SYSTEM
  }

  static Actor resident(String subject) {
    return new Actor(subject, By.RESIDENT, null);
  }

  static Actor worker(String subject, String name) {
    return new Actor(subject, By.WORKER, name);
  }

  static Actor staff(String subject) {
    return new Actor(subject, By.STAFF, null);
  }

  static Actor system() {
    return new Actor("system", By.SYSTEM, null);
  }
}
