package org.gridlink.rewards;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;

/**
 * Expires unclaimed redemptions after their pickup date and refunds them. Safe on several
 * instances: each one is closed by a conditional UPDATE on its PENDING status, so only one instance
 * (or a racing cancel or pickup) wins, and the refund's business key could not be booked twice
 * anyway.
 */
@Singleton
class RedemptionExpiryJob {
  private final RedemptionService service;
  private final RewardsProperties properties;

  RedemptionExpiryJob(RedemptionService service, RewardsProperties properties) {
    this.service = service;
    this.properties = properties;
  }

  @Scheduled(fixedDelay = "${gridlink.rewards.expiry-interval:5m}", initialDelay = "1m")
  void scheduled() {
    if (properties.isExpiryJobEnabled()) {
      run();
    }
  }

  /** Answers how many redemptions this call expired. */
  int run() {
    int expired = 0;
    while (true) {
      var due = service.dueForExpiry(properties.getExpiryBatchSize());
      int before = expired;
      for (var r : due) {
        if (service.expire(r)) {
          expired++;
        }
      }
      if (due.size() < properties.getExpiryBatchSize() || expired == before) {
        return expired;
      }
    }
  }
}
