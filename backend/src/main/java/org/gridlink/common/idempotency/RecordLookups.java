package org.gridlink.common.idempotency;

import io.micronaut.data.connection.ConnectionDefinition;
import io.micronaut.data.connection.ConnectionOperations;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * Looks up idempotency records for requests that ask at the same moment with one query. In a flash
 * sale thousands of requests per second are refused early (see {@link EarlyRefusal}), and each must
 * first make sure its key was not used before; one round trip each to the database was a quarter of
 * the server's CPU in that phase, mostly the socket calls. One thread takes whatever lookups are
 * waiting (up to {@value #MAX_BATCH}), asks for all of them at once and answers each; when requests
 * come one by one, each is a batch of one and waits no longer than before.
 */
@Singleton
class RecordLookups {
  static final int MAX_BATCH = 64;
  private static final String COLUMNS =
      "id, principal, idem_key, http_method, path, request_hash, state, response_status,"
          + " response_body, created_at, expires_at";

  private record Lookup(
      String principal, String key, CompletableFuture<Optional<IdempotencyRecord>> answer) {}

  private final ConnectionOperations<Connection> connections;
  private final BlockingQueue<Lookup> waiting = new LinkedBlockingQueue<>();
  private final Thread worker;

  RecordLookups(ConnectionOperations<Connection> connections) {
    this.connections = connections;
    this.worker = new Thread(this::run, "idempotency-lookups");
    worker.setDaemon(true);
    worker.start();
  }

  /** The record of this principal's key, if there is one (expired or not). */
  Optional<IdempotencyRecord> find(String principal, String key) {
    Lookup lookup = new Lookup(principal, key, new CompletableFuture<>());
    waiting.add(lookup);
    try {
      return lookup.answer().join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : e;
    }
  }

  @PreDestroy
  void stop() {
    worker.interrupt();
  }

  private void run() {
    List<Lookup> batch = new ArrayList<>(MAX_BATCH);
    while (!Thread.currentThread().isInterrupted()) {
      try {
        batch.add(waiting.take());
      } catch (InterruptedException e) {
        return;
      }
      waiting.drainTo(batch, MAX_BATCH - 1);
      try {
        List<IdempotencyRecord> found =
            connections.execute(ConnectionDefinition.DEFAULT, c -> query(c.getConnection(), batch));
        for (Lookup l : batch) {
          l.answer().complete(found.stream().filter(r -> matches(r, l)).findFirst());
        }
      } catch (RuntimeException e) {
        var failure = new IllegalStateException("Idempotency lookup failed", e);
        batch.forEach(l -> l.answer().completeExceptionally(failure));
      }
      batch.clear();
    }
  }

  /** Keys compare as the database's case-insensitive collation compares them. */
  private static boolean matches(IdempotencyRecord r, Lookup l) {
    return r.principal().equalsIgnoreCase(l.principal()) && r.key().equalsIgnoreCase(l.key());
  }

  private static List<IdempotencyRecord> query(Connection c, List<Lookup> batch) {
    StringBuilder sql =
        new StringBuilder("SELECT ").append(COLUMNS).append(" FROM idempotency_record WHERE ");
    for (int i = 0; i < batch.size(); i++) {
      sql.append(i == 0 ? "" : " OR ").append("(principal = ? AND idem_key = ?)");
    }
    try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
      int p = 1;
      for (Lookup l : batch) {
        ps.setString(p++, l.principal());
        ps.setString(p++, l.key());
      }
      List<IdempotencyRecord> found = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          found.add(recordOf(rs));
        }
      }
      return found;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static IdempotencyRecord recordOf(ResultSet rs) throws SQLException {
    int status = rs.getInt(8);
    Integer responseStatus = rs.wasNull() ? null : status;
    return new IdempotencyRecord(
        rs.getLong(1),
        rs.getString(2),
        rs.getString(3),
        rs.getString(4),
        rs.getString(5),
        rs.getString(6),
        IdempotencyRecord.State.valueOf(rs.getString(7)),
        responseStatus,
        rs.getString(9),
        instant(rs, 10),
        instant(rs, 11));
  }

  private static Instant instant(ResultSet rs, int column) throws SQLException {
    return rs.getTimestamp(column).toInstant();
  }
}
