package org.gridlink.governance;

import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.TransactionOperations;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.gridlink.governance.GovernanceEntities.OutboxMessage;
import org.gridlink.governance.GovernanceEntities.OutboxStatus;
import org.gridlink.media.MediaFacade;
import org.gridlink.reports.ReportStatus;
import org.gridlink.reports.ReportsFacade;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends due outbox messages. Every instance may run it: a message is sent only by the instance that
 * took its lease, and the lease outlives the request timeout, so no message is sent twice at once.
 */
@Singleton
class OutboxDispatcher {
  static final Duration FIRST_RETRY = Duration.ofMinutes(1);
  static final Duration MAX_RETRY = Duration.ofMinutes(30);
  private static final Logger LOG = LoggerFactory.getLogger(OutboxDispatcher.class);

  private final String instance = UUID.randomUUID().toString();
  private final GovernanceRepositories.Outbox outbox;
  private final GovernanceRepositories.Attempts attempts;
  private final GovernanceClient client;
  private final GovernanceProperties properties;
  private final MediaFacade media;
  private final ReportsFacade reports;
  private final GovernanceMetrics metrics;
  private final JsonMapper json;
  private final TransactionOperations<Connection> tx;
  private final Clock clock;
  private final ExecutorService senders;
  private final AtomicLong batches = new AtomicLong();

  OutboxDispatcher(
      GovernanceRepositories.Outbox outbox,
      GovernanceRepositories.Attempts attempts,
      GovernanceClient client,
      GovernanceProperties properties,
      MediaFacade media,
      ReportsFacade reports,
      GovernanceMetrics metrics,
      JsonMapper json,
      TransactionOperations<Connection> tx,
      Clock clock) {
    this.outbox = outbox;
    this.attempts = attempts;
    this.client = client;
    this.properties = properties;
    this.media = media;
    this.reports = reports;
    this.metrics = metrics;
    this.json = json;
    this.tx = tx;
    this.clock = clock;
    this.senders =
        Executors.newFixedThreadPool(
            properties.getDispatchThreads(),
            r -> {
              Thread t = new Thread(r, "governance-dispatch");
              t.setDaemon(true);
              return t;
            });
  }

  /**
   * Sends what is due until nothing is left (or nothing could be claimed); returns the attempts
   * made. The next batch is claimed while the current one is being sent and recorded, so the
   * claim's queries and commit do not leave the delivery threads idle.
   */
  int drain() {
    int total = 0;
    List<OutboxMessage> current = claimDue(Set.of());
    while (!current.isEmpty()) {
      List<Future<Void>> inFlight = start(current);
      Set<Long> casesInFlight = new HashSet<>();
      current.forEach(m -> casesInFlight.add(m.caseId()));
      List<OutboxMessage> next = claimDue(casesInFlight);
      await(inFlight);
      total += current.size();
      // Messages skipped because their case was in flight are due now.
      current = next.isEmpty() ? claimDue(Set.of()) : next;
    }
    return total;
  }

  /**
   * Claims a batch of due messages with one UPDATE. Messages of the cases in {@code casesInFlight}
   * (being sent by this instance right now) are left for a later batch, not put off: a case's next
   * message waits for this one's outcome and then goes out in the batch after it.
   */
  private List<OutboxMessage> claimDue(Set<Long> casesInFlight) {
    Instant now = clock.instant();
    // Oldest first, so a case is tried before its updates in the same batch; leased messages are
    // left out, so a batch in flight does not fill the next one's page.
    List<OutboxMessage> due = outbox.findDue(now, properties.getBatchSize());
    List<Long> wanted = new ArrayList<>();
    Set<Long> casesInBatch = new HashSet<>(casesInFlight);
    for (OutboxMessage m : due) {
      // One message per case per batch: a case's next message waits for this one's outcome.
      if (casesInBatch.add(m.caseId()) && !waitsForEarlier(m)) {
        wanted.add(m.id());
      }
    }
    return claim(wanted);
  }

  /**
   * Each delivery thread takes a share: sends it (no connection held while waiting for governance),
   * then records the share's results in one transaction, while the others still send. One commit
   * per share instead of one per case.
   */
  private List<Future<Void>> start(List<OutboxMessage> claimed) {
    int threads = properties.getDispatchThreads();
    List<Future<Void>> shares = new ArrayList<>();
    for (int t = 0; t < threads && t < claimed.size(); t++) {
      List<OutboxMessage> share = new ArrayList<>();
      for (int i = t; i < claimed.size(); i += threads) {
        share.add(claimed.get(i));
      }
      shares.add(
          senders.submit(
              () -> {
                recordAll(sendAll(share));
                return null;
              }));
    }
    return shares;
  }

  private List<Result> sendAll(List<OutboxMessage> share) {
    List<Result> results = new ArrayList<>(share.size());
    for (OutboxMessage m : share) {
      results.add(deliver(m));
    }
    return results;
  }

  /** Leases the wanted messages under an owner unique to this batch and reads back those it got. */
  private List<OutboxMessage> claim(List<Long> wanted) {
    if (wanted.isEmpty()) {
      return List.of();
    }
    String owner = instance + ":" + batches.incrementAndGet();
    Instant claimAt = clock.instant();
    if (outbox.claimAll(wanted, owner, claimAt.plus(properties.getLease()), claimAt) == 0) {
      return List.of();
    }
    return outbox.findByLeaseOwnerOrderById(owner);
  }

  /** Waits for every share of a batch. */
  private void await(List<Future<Void>> shares) {
    for (Future<Void> f : shares) {
      try {
        f.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (ExecutionException e) {
        // The lease expires and another round retries the message; nothing is lost.
        LOG.warn("Governance delivery failed unexpectedly", e.getCause());
      }
    }
  }

  /**
   * One commit for a share's attempts, messages and reports (one commit per case made the drain
   * slow). Should the share fail to commit, each result is recorded on its own, so one bad row does
   * not leave the others leased and sent again after the lease expires.
   */
  private void recordAll(List<Result> results) {
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

  @PreDestroy
  void stop() {
    senders.shutdownNow();
  }

  /**
   * Messages of one case go out in order: an update never reaches governance before its case (or an
   * earlier update). A message behind an undelivered one is put off until that one's next try (a
   * minute when it is a dead letter, waiting for staff to redrive it).
   */
  private boolean waitsForEarlier(OutboxMessage m) {
    if (OutboxWriter.KIND_CASE.equals(m.kind())) {
      return false;
    }
    var earlier =
        outbox.findFirstByCaseIdAndIdLessThanAndStatusNotEqualOrderById(
            m.caseId(), m.id(), OutboxStatus.SENT);
    if (earlier.isEmpty()) {
      return false;
    }
    Instant now = clock.instant();
    OutboxMessage first = earlier.get();
    Instant until =
        first.status() == OutboxStatus.PENDING && first.nextAttemptAt().isAfter(now)
            ? first.nextAttemptAt().plusSeconds(1)
            : now.plus(FIRST_RETRY);
    outbox.defer(m.id(), until, now);
    return true;
  }

  private Result deliver(OutboxMessage m) {
    long started = System.nanoTime();
    Integer code = null;
    String reason;
    String error = null;
    try {
      HttpResponse<String> r = client.post(path(m), body(m));
      code = r.statusCode();
      reason = reason(code);
      if (code >= 300) {
        error = "HTTP " + code;
      }
    } catch (HttpTimeoutException e) {
      reason = "timeout";
      error = "timed out";
    } catch (IOException e) {
      reason = "network";
      error = e.getClass().getSimpleName();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      reason = "interrupted";
      error = "interrupted";
    }
    long ms = (System.nanoTime() - started) / 1_000_000;
    metrics.attempt(reason);
    return new Result(m, code, reason, error, ms);
  }

  /** The outcome of one delivery, recorded after the batch's HTTP calls are done. */
  private record Result(
      OutboxMessage message, Integer code, String reason, String error, long ms) {}

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

  static String path(OutboxMessage m) {
    return OutboxWriter.KIND_CASE.equals(m.kind()) ? "/cases" : "/cases/" + m.caseId() + "/updates";
  }

  /** The stored payload with fresh signed photo URLs (they expire, so never stored). */
  String body(OutboxMessage m) throws IOException {
    if (OutboxWriter.KIND_CASE.equals(m.kind())) {
      CasePayload p = json.readValue(m.payload(), CasePayload.class);
      return json.writeValueAsString(p.withPhotos(signed(p.photos())));
    }
    CaseUpdatePayload p = json.readValue(m.payload(), CaseUpdatePayload.class);
    return json.writeValueAsString(p.withPhotos(signed(p.photos())));
  }

  private List<String> signed(List<String> mediaIds) {
    return mediaIds == null ? List.of() : mediaIds.stream().map(media::absoluteUrl).toList();
  }
}
