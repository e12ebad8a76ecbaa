package org.gridlink.points;

/** The kinds of ledger entry and whether each adds points to an account or takes them away. */
enum EntryType {
  EARN,
  SPEND,
  REFUND,
  EXPIRE,
  ADJUST;

  /** Grants are what expires first-in-first-out: earned points and positive adjustments. */
  boolean isGrant(long signedPoints) {
    return this == EARN || (this == ADJUST && signedPoints > 0);
  }
}
