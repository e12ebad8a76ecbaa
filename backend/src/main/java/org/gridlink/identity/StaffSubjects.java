package org.gridlink.identity;

/** Token subjects name the kind of account: {@code staff:<username>}, {@code dev:<role>:<name>}. */
final class StaffSubjects {
  static final String PREFIX = "staff:";

  private StaffSubjects() {}

  /** The staff username behind a subject, or null when the subject is not a staff account. */
  static String usernameOf(String subject) {
    return subject != null && subject.startsWith(PREFIX)
        ? subject.substring(PREFIX.length())
        : null;
  }
}
