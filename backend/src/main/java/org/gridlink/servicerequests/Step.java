package org.gridlink.servicerequests;

/** What happened to a request, one line on its timeline each. */
enum Step {
  SUBMITTED,
  ASSIGNED,
  UNASSIGNED,
  ACCEPTED,
  REPLIED,
  INFO_REQUESTED,
  INFO_PROVIDED,
  HANDED_OVER,
  DONE,
  CONFIRMED,
  NOT_DONE,
  ESCALATED,
  CANCELLED,
  CLOSED_BY_STAFF
}
