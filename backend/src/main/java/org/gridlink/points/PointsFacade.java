package org.gridlink.points;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import org.gridlink.identity.IdentityFacade;

/**
 * The points ledger for other features (volunteers, rewards, reports). Every method joins the
 * caller's transaction, so a redemption's spend commits or rolls back with the redemption. Business
 * keys make bookings idempotent: a key already booked answers the existing entry and books nothing.
 */
@Singleton
public class PointsFacade {
  private final Ledger ledger;
  private final Expiry expiry;
  private final PointsProperties properties;
  private final IdentityFacade identity;
  private final ExpiryJob expiryJob;
  private final Clock clock;

  PointsFacade(
      Ledger ledger,
      Expiry expiry,
      PointsProperties properties,
      IdentityFacade identity,
      ExpiryJob expiryJob,
      Clock clock) {
    this.ledger = ledger;
    this.expiry = expiry;
    this.properties = properties;
    this.identity = identity;
    this.expiryJob = expiryJob;
    this.clock = clock;
  }

  /** Grants points; they expire first-in-first-out (see {@link PointsProperties}). */
  @Transactional
  public PointsEntry earn(
      String subject, long points, String businessKey, String reason, String causedBy) {
    requirePositive(points);
    Instant now = clock.instant();
    return ledger.book(
        new Ledger.Booking(
            subject,
            EntryType.EARN,
            points,
            businessKey,
            reason,
            causedBy,
            properties.expiryOf(now)));
  }

  /**
   * Takes points if the balance covers them, after expiring whatever is due (so an expired grant
   * can never be spent); otherwise a 409 problem {@code insufficient-points}.
   */
  @Transactional
  public PointsEntry spend(
      String subject, long points, String businessKey, String reason, String causedBy) {
    requirePositive(points);
    Ledger.Booking spend =
        new Ledger.Booking(subject, EntryType.SPEND, -points, businessKey, reason, causedBy, null);
    Instant now = clock.instant();
    try {
      // One lock for the expiry check and the spend; the expiry's own sums only when due.
      Ledger.Account account = ledger.lock(subject);
      if (expiry.mayBeDue(subject, account, now)) {
        expiry.expireDue(subject, now);
        account = ledger.lock(subject);
      }
      return ledger.book(spend, account.balance());
    } catch (SQLException e) {
      throw new IllegalStateException("Expiry before a spend failed", e);
    }
  }

  /**
   * Gives back points of an earlier spend (a cancelled or expired redemption). The spend used up
   * the grants that expire first; if those have lapsed since, their share of the refund expires at
   * once (an EXPIRE entry after the REFUND), as it would have had it never been spent.
   */
  @Transactional
  public PointsEntry refund(
      String subject, long points, String businessKey, String reason, String causedBy) {
    requirePositive(points);
    PointsEntry refund =
        ledger.book(
            new Ledger.Booking(
                subject, EntryType.REFUND, points, businessKey, reason, causedBy, null));
    try {
      expiry.expireDue(subject, clock.instant());
    } catch (SQLException e) {
      throw new IllegalStateException("Expiry after a refund failed", e);
    }
    return refund;
  }

  /**
   * A staff correction, positive (a grant that expires like earned points) or negative (never below
   * zero). Needs a reason and is written to the audit log with it.
   */
  @Transactional
  public PointsEntry adjust(
      String subject, long points, String businessKey, String reason, String staff) {
    if (points == 0 || reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("An adjustment needs points and a reason");
    }
    Instant now = clock.instant();
    PointsEntry entry =
        ledger.book(
            new Ledger.Booking(
                subject,
                EntryType.ADJUST,
                points,
                businessKey,
                reason,
                staff,
                points > 0 ? properties.expiryOf(now) : null));
    identity.audit(
        staff,
        "POINTS_ADJUSTED",
        "subject=" + subject + " points=" + points + " entry=" + entry.id() + " reason=" + reason);
    return entry;
  }

  /** The current balance (0 for an account never booked). */
  @Transactional
  public long balance(String subject) {
    try (var ps =
        ledger
            .connection()
            .prepareStatement("SELECT balance FROM points_account WHERE subject = ?")) {
      ps.setString(1, subject);
      try (var rs = ps.executeQuery()) {
        return rs.next() ? rs.getLong(1) : 0;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Balance read failed", e);
    }
  }

  /**
   * Runs the expiry job now (it also runs on a schedule); each account in its own transaction, so
   * never call it inside one. Answers how many EXPIRE entries it booked.
   */
  public int expireDue() {
    return expiryJob.run();
  }

  private static void requirePositive(long points) {
    if (points <= 0) {
      throw new IllegalArgumentException("points must be positive, got " + points);
    }
  }
}
