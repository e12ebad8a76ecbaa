package org.gridlink.volunteers;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a volunteer application stands. Staff decide an APPLIED one; a rejected or withdrawn
 * resident may apply again; an active volunteer may withdraw.
 */
enum VolunteerStanding {
  APPLIED,
  ACTIVE,
  REJECTED,
  WITHDRAWN;

  Set<VolunteerStanding> next() {
    return switch (this) {
      case APPLIED -> EnumSet.of(ACTIVE, REJECTED, WITHDRAWN);
      case ACTIVE -> EnumSet.of(WITHDRAWN);
      case REJECTED, WITHDRAWN -> EnumSet.of(APPLIED);
    };
  }

  boolean canMoveTo(VolunteerStanding target) {
    return next().contains(target);
  }
}
