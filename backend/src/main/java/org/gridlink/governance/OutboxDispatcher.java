package org.gridlink.governance;

import io.micronaut.json.JsonMapper;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
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
import java.util.concurrent.atomic.AtomicLong;
import org.gridlink.governance.GovernanceEntities.OutboxMessage;
import org.gridlink.governance.GovernanceEntities.OutboxStatus;
import org.gridlink.media.MediaFacade;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends due outbox messages. Every instance may run it: a message is sent only by the instance that
 * took its lease, and the lease outlives the request timeout, so no message is sent twice at once.
 */
@Singleton
class OutboxDispatcher {
  private static final Logger LOG = LoggerFactory.getLogger(OutboxDispatcher.class);

  private final String instance = UUID.randomUUID().toString();
  private final GovernanceRepositories.Outbox outbox;
  private final DeliveryRecorder recorder;
  private final GovernanceClient client;
  private final GovernanceProperties properties;
  private final MediaFacade media;
  private final GovernanceMetrics metrics;
  private final JsonMapper json;
  private final Clock clock;
  private final ExecutorService senders;
  private final AtomicLong batches = new AtomicLong();

  OutboxDispatcher(
      GovernanceRepositories.Outbox outbox,
      DeliveryRecorder recorder,
      GovernanceClient client,
      GovernanceProperties properties,
      MediaFacade media,
      GovernanceMetrics metrics,
      JsonMapper json,
      Clock clock) {
    this.outbox = outbox;
    this.recorder = recorder;
    this.client = client;
    this.properties = properties;
    this.media = media;
    this.metrics = metrics;
    this.json = json;
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
                recorder.recordAll(sendAll(share));
                return null;
              }));
    }
    return shares;
  }

  private List<DeliveryRecorder.Result> sendAll(List<OutboxMessage> share) {
    List<DeliveryRecorder.Result> results = new ArrayList<>(share.size());
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
            : now.plus(DeliveryRecorder.FIRST_RETRY);
    outbox.defer(m.id(), until, now);
    return true;
  }

  private DeliveryRecorder.Result deliver(OutboxMessage m) {
    long started = System.nanoTime();
    Integer code = null;
    String reason;
    String error = null;
    try {
      HttpResponse<String> r = client.post(path(m), body(m));
      code = r.statusCode();
      reason = DeliveryRecorder.reason(code);
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
    return new DeliveryRecorder.Result(m, code, reason, error, ms);
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
