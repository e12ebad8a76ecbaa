package org.gridlink.points;

import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * First-in-first-out expiry without per-grant bookkeeping. Debits (spends net of refunds, negative
 * adjustments, earlier expiries) always use up the grants that expire first, so what is left of the
 * grants expiring by time T is {@code max(0, granted(by T) + debits)} with debits negative. Runs
 * under the account lock (see {@link Ledger#lockAccount}), so it cannot race a spend.
 */
@Singleton
class Expiry {
  private static final String DEBITS =
      "SELECT COALESCE(SUM(points), 0) FROM points_entry WHERE subject = ? AND (type IN ('SPEND',"
          + " 'REFUND', 'EXPIRE') OR (type = 'ADJUST' AND points < 0))";
  private static final String GRANTED_BY =
      "SELECT COALESCE(SUM(points), 0) FROM points_entry WHERE subject = ? AND expires_at IS NOT"
          + " NULL AND expires_at <= ?";

  private final Ledger ledger;

  Expiry(Ledger ledger) {
    this.ledger = ledger;
  }

  /**
   * Whether a grant of a locked account has expired since its last check: one indexed read, so a
   * spend pays for the sums of {@link #expireDue} only when something may be due. Nothing else
   * makes points expire: a refund, the one booking that gives debited points back, expires its
   * share of lapsed grants at once (see {@link PointsFacade#refund}).
   */
  boolean mayBeDue(String subject, Ledger.Account account, Instant now) throws SQLException {
    try (PreparedStatement ps =
        ledger
            .connection()
            .prepareStatement(
                "SELECT 1 FROM points_entry WHERE subject = ? AND expires_at > ? AND expires_at <="
                    + " ? LIMIT 1")) {
      ps.setString(1, subject);
      ps.setTimestamp(2, Timestamp.from(account.expiredThrough()));
      ps.setTimestamp(3, Timestamp.from(now));
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    }
  }

  /** Points of one expiry date, for statements. */
  @Serdeable
  record Expiring(Instant expiresAt, long points) {}

  /** Books an EXPIRE entry for whatever has expired by {@code now}; null when nothing has. */
  PointsEntry expireDue(String subject, Instant now) throws SQLException {
    ledger.lockAccount(subject);
    long due = Math.max(0, sum(GRANTED_BY, subject, now) + sum(DEBITS, subject, null));
    markChecked(subject, now);
    if (due == 0) {
      return null;
    }
    return ledger.book(
        new Ledger.Booking(
            subject,
            EntryType.EXPIRE,
            -due,
            // Unique per booking, not per instant: the account lock already keeps an expiry from
            // being booked twice, and two in the same millisecond (the job, then a refund's) are
            // two different expiries.
            "expire:" + subject + ":" + now.toEpochMilli() + ":" + UUID.randomUUID(),
            "points.reason.expired",
            "system:expiry",
            null));
  }

  /** What will expire when, oldest first (what is not yet spent of each expiry date). */
  List<Expiring> upcoming(String subject, Instant now) throws SQLException {
    long debits = sum(DEBITS, subject, null);
    List<Expiring> out = new ArrayList<>();
    long before = Math.max(0, sum(GRANTED_BY, subject, now) + debits);
    for (Instant at : futureExpiries(subject, now)) {
      long upTo = Math.max(0, sum(GRANTED_BY, subject, at) + debits);
      if (upTo > before) {
        out.add(new Expiring(at, upTo - before));
      }
      before = upTo;
    }
    return out;
  }

  /**
   * The job's own transaction per account. READ COMMITTED: the sums read after taking the lock see
   * every booking committed before it, whatever MariaDB's default (REPEATABLE READ) would show.
   */
  @Transactional(isolation = TransactionDefinition.Isolation.READ_COMMITTED)
  PointsEntry expireDueAlone(String subject, Instant now) throws SQLException {
    return expireDue(subject, now);
  }

  /** Accounts with grants that expired since their last check, for the job. */
  @Transactional(readOnly = true)
  List<String> dueAccounts(Instant now, int limit) throws SQLException {
    try (PreparedStatement ps =
        ledger
            .connection()
            .prepareStatement(
                "SELECT DISTINCT e.subject FROM points_entry e JOIN points_account a ON a.subject ="
                    + " e.subject WHERE e.expires_at <= ? AND e.expires_at > a.expired_through"
                    + " LIMIT ?")) {
      ps.setTimestamp(1, Timestamp.from(now));
      ps.setInt(2, limit);
      List<String> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getString(1));
        }
      }
      return out;
    }
  }

  private List<Instant> futureExpiries(String subject, Instant now) throws SQLException {
    try (PreparedStatement ps =
        ledger
            .connection()
            .prepareStatement(
                "SELECT DISTINCT expires_at FROM points_entry WHERE subject = ? AND expires_at > ?"
                    + " ORDER BY expires_at")) {
      ps.setString(1, subject);
      ps.setTimestamp(2, Timestamp.from(now));
      List<Instant> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getTimestamp(1).toInstant());
        }
      }
      return out;
    }
  }

  private void markChecked(String subject, Instant now) throws SQLException {
    try (PreparedStatement ps =
        ledger
            .connection()
            .prepareStatement(
                "UPDATE points_account SET expired_through = ? WHERE subject = ? AND"
                    + " expired_through < ?")) {
      ps.setTimestamp(1, Timestamp.from(now));
      ps.setString(2, subject);
      ps.setTimestamp(3, Timestamp.from(now));
      ps.executeUpdate();
    }
  }

  private long sum(String sql, String subject, Instant at) throws SQLException {
    try (PreparedStatement ps = ledger.connection().prepareStatement(sql)) {
      ps.setString(1, subject);
      if (at != null) {
        ps.setTimestamp(2, Timestamp.from(at));
      }
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }
}
