package org.gridlink.identity;

/**
 * A resident's standing as a volunteer. Residents may offer themselves (APPLIED) or withdraw
 * (NONE); only staff make a volunteer ACTIVE, which brings the VOLUNTEER role.
 */
public enum VolunteerStatus {
  NONE,
  APPLIED,
  ACTIVE;

  /** Whether a resident may move themselves from this status to {@code next}. */
  public boolean residentMayChangeTo(VolunteerStatus next) {
    return next == this || next == NONE || (this == NONE && next == APPLIED);
  }
}
