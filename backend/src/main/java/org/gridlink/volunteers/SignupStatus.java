package org.gridlink.volunteers;

import java.util.EnumSet;
import java.util.Set;

/**
 * A volunteer's place in an activity. Seats are SIGNED_UP (and the later attendance states);
 * WAITLISTED ones wait for a cancelled seat. Check-in and check-out happen once each; staff
 * confirmation books hours and points, once.
 */
enum SignupStatus {
  SIGNED_UP,
  WAITLISTED,
  CANCELLED,
  CHECKED_IN,
  CHECKED_OUT,
  CONFIRMED;

  Set<SignupStatus> next() {
    return switch (this) {
      case SIGNED_UP -> EnumSet.of(CANCELLED, CHECKED_IN, CONFIRMED);
      case WAITLISTED -> EnumSet.of(SIGNED_UP, CANCELLED);
      case CANCELLED -> EnumSet.of(SIGNED_UP, WAITLISTED);
      case CHECKED_IN -> EnumSet.of(CHECKED_OUT, CONFIRMED);
      case CHECKED_OUT -> EnumSet.of(CONFIRMED);
      case CONFIRMED -> EnumSet.noneOf(SignupStatus.class);
    };
  }

  boolean canMoveTo(SignupStatus target) {
    return next().contains(target);
  }

  /** Holds one of the activity's seats. */
  boolean holdsSeat() {
    return this == SIGNED_UP || this == CHECKED_IN || this == CHECKED_OUT || this == CONFIRMED;
  }
}
