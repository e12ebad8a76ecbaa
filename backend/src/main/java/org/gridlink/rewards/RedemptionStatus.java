package org.gridlink.rewards;

import java.util.Set;

/**
 * A redemption's life: PENDING until staff hand the item over (PICKED_UP), the volunteer cancels
 * (CANCELLED) or the pickup date passes (EXPIRED). Only PENDING moves, and only once: every move is
 * a conditional UPDATE on {@code status = 'PENDING'}, so cancel, pickup and expiry racing each
 * other have exactly one winner.
 */
enum RedemptionStatus {
  PENDING,
  PICKED_UP,
  CANCELLED,
  EXPIRED;

  /** Statuses that still hold a unit of stock. */
  static final Set<RedemptionStatus> LIVE = Set.of(PENDING, PICKED_UP);

  boolean canMoveTo(RedemptionStatus next) {
    return this == PENDING && next != PENDING;
  }

  /** Closed without the item: points and stock go back. */
  boolean refunds() {
    return this == CANCELLED || this == EXPIRED;
  }
}
