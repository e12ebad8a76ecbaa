package org.gridlink.points;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.support.TransactionSynchronization;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.gridlink.common.web.ProblemException;

/**
 * The only code that writes the ledger. Every booking runs inside the caller's transaction: lock
 * the account row, refuse a business key that is already booked (answering the existing entry),
 * insert the entry, then move the balance with a conditional UPDATE. A failure anywhere rolls back
 * entry and balance together. Plain JDBC on the transaction's connection, so a duplicate key can be
 * caught and answered without marking the caller's transaction for rollback.
 */
@Singleton
class Ledger {
  static final String ENTRY_COLUMNS =
      "id, subject, type, points, balance_after, business_key, reason, caused_by, created_at";

  private final TransactionOperations<Connection> tx;
  private final ApplicationEventPublisher<PointsBooked> events;
  private final Clock clock;

  Ledger(
      TransactionOperations<Connection> tx,
      ApplicationEventPublisher<PointsBooked> events,
      Clock clock) {
    this.tx = tx;
    this.events = events;
    this.clock = clock;
  }

  Connection connection() {
    return tx.getConnection();
  }

  /** A booking request; {@code points} signed, {@code expiresAt} only for grants. */
  record Booking(
      String subject,
      EntryType type,
      long points,
      String businessKey,
      String reason,
      String causedBy,
      Instant expiresAt) {}

  /**
   * Books one entry, or answers the entry already booked under its business key. Throws 409
   * insufficient-points when a debit is larger than the balance.
   */
  PointsEntry book(Booking b) {
    try {
      return book(b, lockAccount(b.subject()));
    } catch (SQLException e) {
      throw new IllegalStateException("Ledger write failed", e);
    }
  }

  /**
   * {@link #book(Booking)} for a caller that already holds the account lock and read {@code
   * balance} under it. Inserts first: the unique business key decides, and the earlier entry is
   * read only when the key is already booked (rare: a retry or a replayed event).
   */
  PointsEntry book(Booking b, long balance) {
    try {
      if (b.points() < 0 && balance < -b.points()) {
        // A retry of a debit booked earlier answers that entry, whatever the balance is now.
        return byKey(b.businessKey(), false).orElseThrow(() -> insufficient(balance, -b.points()));
      }
      Instant now = clock.instant();
      PointsEntry entry;
      try {
        entry = insert(b, balance + b.points(), now);
      } catch (SQLIntegrityConstraintViolationException duplicate) {
        // Booked before (by this account's earlier transaction, or one that committed meanwhile).
        return byKey(b.businessKey(), true).orElseThrow(() -> duplicate);
      }
      if (moveBalance(b.subject(), b.points(), now) != 1) {
        throw insufficient(balance, -b.points());
      }
      afterCommit(new PointsBooked(b.subject(), b.type().name(), b.points(), now));
      return entry;
    } catch (SQLException e) {
      throw new IllegalStateException("Ledger write failed", e);
    }
  }

  private static ProblemException insufficient(long balance, long needed) {
    return new ProblemException(
        HttpStatus.CONFLICT, "insufficient-points", "problem.points.insufficient", balance, needed);
  }

  /** The locked account row: its balance and how far its grants have been checked for expiry. */
  record Account(long balance, Instant expiredThrough) {}

  /**
   * Locks the account row (creating it with balance 0 on first use) and answers its balance. Every
   * booking of one account is serialised by this lock, on any number of instances.
   */
  long lockAccount(String subject) throws SQLException {
    return lock(subject).balance();
  }

  /** {@link #lockAccount}, answering the whole row. */
  Account lock(String subject) throws SQLException {
    Optional<Account> account = locked(subject);
    if (account.isPresent()) {
      return account.get();
    }
    Instant now = clock.instant();
    try (PreparedStatement ps =
        connection()
            .prepareStatement(
                "INSERT INTO points_account (subject, balance, expired_through, report_day,"
                    + " report_day_points, created_at, updated_at) VALUES (?, 0, ?, NULL, 0, ?, ?)")) {
      ps.setString(1, subject);
      ps.setTimestamp(2, Timestamp.from(Instant.EPOCH.plusSeconds(1)));
      ps.setTimestamp(3, Timestamp.from(now));
      ps.setTimestamp(4, Timestamp.from(now));
      ps.executeUpdate();
    } catch (SQLIntegrityConstraintViolationException createdMeanwhile) {
      // Another transaction created it first; the lock below waits for that one.
    }
    return locked(subject).orElseThrow();
  }

  private Optional<Account> locked(String subject) throws SQLException {
    try (PreparedStatement ps =
        connection()
            .prepareStatement(
                "SELECT balance, expired_through FROM points_account WHERE subject = ? FOR"
                    + " UPDATE")) {
      ps.setString(1, subject);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next()
            ? Optional.of(new Account(rs.getLong(1), rs.getTimestamp(2).toInstant()))
            : Optional.empty();
      }
    }
  }

  /** Conditional balance change: a debit only when the balance covers it. */
  private int moveBalance(String subject, long points, Instant now) throws SQLException {
    String sql =
        points >= 0
            ? "UPDATE points_account SET balance = balance + ?, updated_at = ? WHERE subject = ?"
            : "UPDATE points_account SET balance = balance - ?, updated_at = ? WHERE subject = ?"
                + " AND balance >= ?";
    try (PreparedStatement ps = connection().prepareStatement(sql)) {
      ps.setLong(1, Math.abs(points));
      ps.setTimestamp(2, Timestamp.from(now));
      ps.setString(3, subject);
      if (points < 0) {
        ps.setLong(4, -points);
      }
      return ps.executeUpdate();
    }
  }

  private PointsEntry insert(Booking b, long balanceAfter, Instant now) throws SQLException {
    try (PreparedStatement ps =
        connection()
            .prepareStatement(
                "INSERT INTO points_entry (subject, type, points, balance_after, business_key,"
                    + " reason, caused_by, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?,"
                    + " ?)",
                PreparedStatement.RETURN_GENERATED_KEYS)) {
      ps.setString(1, b.subject());
      ps.setString(2, b.type().name());
      ps.setLong(3, b.points());
      ps.setLong(4, balanceAfter);
      ps.setString(5, b.businessKey());
      ps.setString(6, b.reason());
      ps.setString(7, b.causedBy());
      ps.setTimestamp(8, Timestamp.from(now));
      ps.setTimestamp(9, b.expiresAt() == null ? null : Timestamp.from(b.expiresAt()));
      ps.executeUpdate();
      try (ResultSet keys = ps.getGeneratedKeys()) {
        keys.next();
        return new PointsEntry(
            keys.getLong(1),
            b.subject(),
            b.type().name(),
            b.points(),
            balanceAfter,
            b.businessKey(),
            b.reason(),
            b.causedBy(),
            now);
      }
    }
  }

  /** The entry of a business key; {@code locking} reads the latest committed row. */
  Optional<PointsEntry> byKey(String key, boolean locking) throws SQLException {
    try (PreparedStatement ps =
        connection()
            .prepareStatement(
                "SELECT "
                    + ENTRY_COLUMNS
                    + " FROM points_entry WHERE business_key = ?"
                    + (locking ? " FOR UPDATE" : ""))) {
      ps.setString(1, key);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(entryOf(rs)) : Optional.empty();
      }
    }
  }

  static PointsEntry entryOf(ResultSet rs) throws SQLException {
    return new PointsEntry(
        rs.getLong(1),
        rs.getString(2),
        rs.getString(3),
        rs.getLong(4),
        rs.getLong(5),
        rs.getString(6),
        rs.getString(7),
        rs.getString(8),
        rs.getTimestamp(9).toInstant());
  }

  /** Publishes the event once the surrounding transaction commits (at once without one). */
  private void afterCommit(PointsBooked event) {
    var status = tx.findTransactionStatus();
    if (status.isEmpty()) {
      events.publishEvent(event);
      return;
    }
    status
        .get()
        .registerSynchronization(
            new TransactionSynchronization() {
              @Override
              public void afterCommit() {
                events.publishEvent(event);
              }
            });
  }
}
