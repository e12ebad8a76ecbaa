package org.gridlink.identity;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who someone is to GridLink. Residents and volunteers sign in through WeChat; the rest are staff.
 */
public enum Role {
  RESIDENT,
  VOLUNTEER,
  GRID_WORKER,
  STAFF,
  ADMIN;

  /** Roles a staff account (username and password) may hold. */
  public static final Set<Role> STAFF_ROLES = EnumSet.of(GRID_WORKER, STAFF, ADMIN);

  public boolean isStaffRole() {
    return STAFF_ROLES.contains(this);
  }
}
