package org.gridlink.governance;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.gridlink.governance.GovernanceEntities.OutboxMessage;
import org.gridlink.governance.GovernanceEntities.OutboxStatus;
import org.gridlink.reports.ReportStatus;
import org.gridlink.reports.ReportsFacade;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records what the dispatcher's deliveries came to: each attempt, the messages sent, retried with
 * backoff or dead-lettered, and the reports of the cases the governance system now holds. Apart
 * from {@link OutboxDispatcher} so that sending and recording each fit in one reading.
 */
@Singleton
class DeliveryRecorder {
  static final Duration FIRST_RETRY = Duration.ofMinutes(1);
  static final Duration MAX_RETRY = Duration.ofMinutes(30);
  private static final Logger LOG = LoggerFactory.getLogger(DeliveryRecorder.class);

  private final GovernanceRepositories.Outbox outbox;
  private final GovernanceRepositories.Attempts attempts;
  private final GovernanceProperties properties;
  private final ReportsFacade reports;
  private final GovernanceMetrics metrics;
  private final TransactionOperations<Connection> tx;
  private final Clock clock;

  DeliveryRecorder(
      GovernanceRepositories.Outbox outbox,
      GovernanceRepositories.Attempts attempts,
      GovernanceProperties properties,
      ReportsFacade reports,
      GovernanceMetrics metrics,
      TransactionOperations<Connection> tx,
      Clock clock) {
    this.outbox = outbox;
    this.attempts = attempts;
    this.properties = properties;
    this.reports = reports;
    this.metrics = metrics;
    this.tx = tx;
    this.clock = clock;
  }

  /**
   * One commit for a share's attempts, messages and reports (one commit per case made the drain
   * slow). Should the share fail to commit, each result is recorded on its own, so one bad row does
   * not leave the others leased and sent again after the lease expires.
   */
  void recordAll(List<Result> results) {
    if (results.isEmpty()) {
      return;
    }
    try {
      tx.executeWrite(
          t -> {
            record(results);
            return null;
          });
    } catch (RuntimeException batchFailed) {
      LOG.warn("Recording governance results failed; recording one by one", batchFailed);
      for (Result r : results) {
        try {
          tx.executeWrite(
              t -> {
                record(List.of(r));
                return null;
              });
        } catch (RuntimeException e) {
          // The lease expires and the message is tried again: sent twice, but never at once.
          LOG.warn("Recording the result of governance message {} failed", r.message().id(), e);
        }
      }
    }
  }

  /** The outcome of one delivery, recorded after the batch's HTTP calls are done. */
  record Result(OutboxMessage message, Integer code, String reason, String error, long ms) {}

  /**
   * Records results in the caller's transaction with a fixed number of statements for the
   * deliveries, however many there are: one batched insert of the attempts, one UPDATE of the
   * delivered messages, one batch move of their reports. Failures (the exception) update their own
   * message each.
   */
  private void record(List<Result> results) {
    Instant now = clock.instant();
    List<GovernanceEntities.Attempt> tried = new ArrayList<>(results.size());
    List<Long> sent = new ArrayList<>(results.size());
    List<Long> cases = new ArrayList<>(results.size());
    for (Result r : results) {
      tried.add(
          new GovernanceEntities.Attempt(
              null, r.message().id(), now, r.code(), r.reason(), r.error(), r.ms()));
      if ("ok".equals(r.reason())) {
        sent.add(r.message().id());
        cases.add(r.message().caseId());
      } else {
        failed(r, now);
      }
    }
    attempts.saveAll(tried);
    if (!sent.isEmpty()) {
      outbox.markSent(sent, now);
      // The governance system holds the case now: an ACCEPTED report becomes FORWARDED (timeline,
      // resident's notice); one already further along, or withdrawn meanwhile, stays where it is.
      reports.moveAll(
          cases, ReportStatus.ACCEPTED, ReportStatus.FORWARDED, CaseEventHandler.ACTOR, null);
    }
  }

  private void failed(Result r, Instant now) {
    OutboxMessage m = r.message();
    String error = r.error();
    boolean permanent = "rejected".equals(r.reason());
    boolean expired = !now.isBefore(m.createdAt().plus(properties.getDeadLetterAfter()));
    if (permanent || expired) {
      LOG.warn("Governance case {} dead-lettered: {}", m.caseId(), error);
      metrics.deadLetter();
      outbox.update(m.failed(OutboxStatus.DEAD, now, error, now));
    } else {
      outbox.update(
          m.failed(OutboxStatus.PENDING, now.plus(backoff(m.attempts() + 1)), error, now));
    }
  }

  /** 1, 2, 4 … minutes after the n-th failure, plus up to 20% jitter, capped at 30 minutes. */
  static Duration backoff(int failures) {
    long base = FIRST_RETRY.toMillis() << Math.min(failures - 1, 10);
    long jittered = base + (long) (base * 0.2 * ThreadLocalRandom.current().nextDouble());
    return Duration.ofMillis(Math.min(jittered, MAX_RETRY.toMillis()));
  }

  /** 2xx ok; 408 and 429 retried; other 4xx rejected for good; anything else a server error. */
  static String reason(int code) {
    if (code >= 200 && code < 300) {
      return "ok";
    }
    if (code == 408 || code == 429) {
      return "throttled";
    }
    if (code >= 400 && code < 500) {
      return "rejected";
    }
    return "server-error";
  }
}
