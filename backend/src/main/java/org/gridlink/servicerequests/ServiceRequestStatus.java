package org.gridlink.servicerequests;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a service request stands. The allowed moves live here: workers move it until DONE; the
 * resident then confirms (CLOSED) or says it was not done, which reopens it once (REOPENED) and the
 * second time hands it to staff (WITH_STAFF). CLOSED and CANCELLED are final.
 */
enum ServiceRequestStatus {
  SUBMITTED,
  ACCEPTED,
  NEEDS_INFO,
  DONE,
  REOPENED,
  WITH_STAFF,
  CLOSED,
  CANCELLED;

  Set<ServiceRequestStatus> next() {
    return switch (this) {
      case SUBMITTED, REOPENED -> EnumSet.of(ACCEPTED, NEEDS_INFO, DONE, CANCELLED);
      case ACCEPTED -> EnumSet.of(NEEDS_INFO, DONE, CANCELLED);
      case NEEDS_INFO -> EnumSet.of(ACCEPTED, DONE, CANCELLED);
      case DONE -> EnumSet.of(CLOSED, REOPENED, WITH_STAFF);
      case WITH_STAFF -> EnumSet.of(CLOSED);
      case CLOSED, CANCELLED -> EnumSet.noneOf(ServiceRequestStatus.class);
    };
  }

  boolean canMoveTo(ServiceRequestStatus target) {
    return next().contains(target);
  }

  /** With the grid workers: they may reply, ask, hand over or mark it done. */
  boolean withWorkers() {
    return this == SUBMITTED || this == ACCEPTED || this == NEEDS_INFO || this == REOPENED;
  }

  /**
   * Staff may (re)assign it to a worker of its grid: while it is with the workers, e.g. nobody
   * serves the grid (UNASSIGNED on the timeline) or the assigned worker is away. Not once it is
   * done, with staff or final: there is nothing left for a worker to do.
   */
  boolean staffMayAssign() {
    return withWorkers();
  }

  /**
   * The response-time clock runs: waiting for a worker, not for the resident (NEEDS_INFO) and not
   * after the work is done.
   */
  boolean clockRuns() {
    return this == SUBMITTED || this == ACCEPTED || this == REOPENED;
  }

  static Set<ServiceRequestStatus> running() {
    return EnumSet.of(SUBMITTED, ACCEPTED, REOPENED);
  }

  static Set<ServiceRequestStatus> atWorkers() {
    return EnumSet.of(SUBMITTED, ACCEPTED, NEEDS_INFO, REOPENED);
  }
}
