package org.gridlink.identity;

/**
 * A resident's standing as a volunteer. A resident applies through the volunteers feature (APPLIED)
 * and only staff approval there makes a volunteer ACTIVE, which brings the VOLUNTEER role; both go
 * through {@link IdentityFacade#setVolunteerStatus}. On the profile a resident may only withdraw
 * (NONE).
 */
public enum VolunteerStatus {
  NONE,
  APPLIED,
  ACTIVE;

  /** Whether a resident may move themselves (profile PATCH) from this status to {@code next}. */
  public boolean residentMayChangeTo(VolunteerStatus next) {
    return next == this || next == NONE;
  }
}
