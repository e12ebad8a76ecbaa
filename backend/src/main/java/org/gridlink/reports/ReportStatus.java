package org.gridlink.reports;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a report stands. The allowed moves live here, so no service can invent one: a report can be
 * withdrawn only before it is forwarded, and REJECTED, DUPLICATE and WITHDRAWN are final.
 */
public enum ReportStatus {
  SUBMITTED,
  UNDER_REVIEW,
  ACCEPTED,
  FORWARDED,
  IN_PROGRESS,
  RESOLVED,
  CLOSED,
  REJECTED,
  DUPLICATE,
  WITHDRAWN,
  REOPENED;

  public Set<ReportStatus> next() {
    return switch (this) {
      case SUBMITTED -> EnumSet.of(UNDER_REVIEW, ACCEPTED, REJECTED, DUPLICATE, WITHDRAWN);
      case UNDER_REVIEW -> EnumSet.of(ACCEPTED, REJECTED, DUPLICATE, WITHDRAWN);
      case ACCEPTED -> EnumSet.of(FORWARDED, REJECTED, DUPLICATE, WITHDRAWN);
      case FORWARDED -> EnumSet.of(IN_PROGRESS, RESOLVED, REJECTED);
      case IN_PROGRESS -> EnumSet.of(RESOLVED);
      case RESOLVED -> EnumSet.of(CLOSED, REOPENED);
      case CLOSED -> EnumSet.of(REOPENED);
      case REOPENED -> EnumSet.of(FORWARDED, IN_PROGRESS, RESOLVED);
      case REJECTED, DUPLICATE, WITHDRAWN -> EnumSet.noneOf(ReportStatus.class);
    };
  }

  public boolean canMoveTo(ReportStatus target) {
    return next().contains(target);
  }

  /** Still waiting for something to happen: counts for "me too" and for duplicates nearby. */
  public boolean isOpen() {
    return this != CLOSED && this != REJECTED && this != DUPLICATE && this != WITHDRAWN;
  }
}
