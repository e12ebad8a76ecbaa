package org.gridlink.rewards;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reminds volunteers, once per redemption, that a pickup code expires within {@code
 * gridlink.rewards.remind-before} (24 h): what to pick up, where, and until when. Safe on several
 * instances: each reminder is claimed by a conditional UPDATE on {@code reminded_at IS NULL} (and
 * the redemption still PENDING), so exactly one instance sends it, and none once the redemption was
 * cancelled, picked up or expired.
 */
@Singleton
class PickupReminderJob {
  private static final Logger LOG = LoggerFactory.getLogger(PickupReminderJob.class);
  private final RedemptionService service;
  private final RewardsProperties properties;

  PickupReminderJob(RedemptionService service, RewardsProperties properties) {
    this.service = service;
    this.properties = properties;
  }

  @Scheduled(fixedDelay = "${gridlink.rewards.reminder-interval:10m}", initialDelay = "2m")
  void scheduled() {
    if (properties.isReminderJobEnabled()) {
      run();
    }
  }

  /** Answers how many reminders this call sent. */
  int run() {
    int sent = 0;
    while (true) {
      var due = service.dueForReminder(properties.getReminderBatchSize());
      int before = sent;
      for (var r : due) {
        if (service.remind(r)) {
          sent++;
        }
      }
      // A batch wholly claimed by other instances: they are on it.
      if (due.size() < properties.getReminderBatchSize() || sent == before) {
        if (sent > 0) {
          LOG.info("Sent {} pickup reminders", sent);
        }
        return sent;
      }
    }
  }
}
