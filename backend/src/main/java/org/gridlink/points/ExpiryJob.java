package org.gridlink.points;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Books EXPIRE entries for grants whose time has come. Safe on several instances: each account is
 * handled in its own transaction under the account row lock, and a second instance arriving later
 * finds nothing left to expire (the amount is computed from the ledger, not remembered).
 */
@Singleton
class ExpiryJob {
  private static final Logger LOG = LoggerFactory.getLogger(ExpiryJob.class);
  private final Expiry expiry;
  private final PointsProperties properties;
  private final Clock clock;

  ExpiryJob(Expiry expiry, PointsProperties properties, Clock clock) {
    this.expiry = expiry;
    this.properties = properties;
    this.clock = clock;
  }

  @Scheduled(fixedDelay = "${gridlink.points.expiry-interval:10m}", initialDelay = "1m")
  void scheduled() {
    if (properties.isExpiryJobEnabled()) {
      run();
    }
  }

  /** Expires every due account; answers how many EXPIRE entries this call booked. */
  int run() {
    Instant now = clock.instant();
    int booked = 0;
    while (true) {
      List<String> due = sql(() -> expiry.dueAccounts(now, properties.getExpiryBatchSize()));
      if (due.isEmpty()) {
        return booked;
      }
      for (String subject : due) {
        PointsEntry e = sql(() -> expiry.expireDueAlone(subject, now));
        if (e != null) {
          booked++;
          LOG.info("Expired {} points of {}", -e.points(), subject);
        }
      }
    }
  }

  interface SqlWork<T> {
    T run() throws SQLException;
  }

  static <T> T sql(SqlWork<T> work) {
    try {
      return work.run();
    } catch (SQLException e) {
      throw new IllegalStateException("Points expiry failed", e);
    }
  }
}
