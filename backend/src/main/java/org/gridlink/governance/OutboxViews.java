package org.gridlink.governance;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;

/** What staff see of the outbox. */
final class OutboxViews {
  private OutboxViews() {}

  @Serdeable
  record MessageSummary(
      long id,
      long caseId,
      String kind,
      String status,
      int attempts,
      Instant nextAttemptAt,
      @Nullable String lastError,
      Instant createdAt,
      @Nullable Instant sentAt) {
    static MessageSummary of(GovernanceEntities.OutboxMessage m) {
      return new MessageSummary(
          m.id(),
          m.caseId(),
          m.kind(),
          m.status().name(),
          m.attempts(),
          m.nextAttemptAt(),
          m.lastError(),
          m.createdAt(),
          m.sentAt());
    }
  }

  @Serdeable
  record AttemptView(
      Instant at,
      @Nullable Integer statusCode,
      String reason,
      @Nullable String error,
      long durationMs) {}

  @Serdeable
  record MessageDetail(MessageSummary message, String payload, List<AttemptView> attempts) {
    static MessageDetail of(
        GovernanceEntities.OutboxMessage m, List<GovernanceEntities.Attempt> attempts) {
      return new MessageDetail(
          MessageSummary.of(m),
          m.payload(),
          attempts.stream()
              .map(
                  a ->
                      new AttemptView(
                          a.attemptedAt(), a.statusCode(), a.reason(), a.error(), a.durationMs()))
              .toList());
    }
  }

  /** A status event received for a case, applied to the report or not (duplicate, stale). */
  @Serdeable
  record CaseEventView(
      String eventId,
      String status,
      @Nullable String department,
      @Nullable String publicNote,
      Instant occurredAt,
      Instant receivedAt,
      String source,
      boolean applied) {
    static CaseEventView of(GovernanceEntities.CaseEventRow e) {
      return new CaseEventView(
          e.eventId(),
          e.status(),
          e.department(),
          e.publicNote(),
          e.occurredAt(),
          e.receivedAt(),
          e.source(),
          e.applied());
    }
  }

  /** Everything between GridLink and governance about one case: messages out, events in. */
  @Serdeable
  record CaseHistory(long caseId, List<MessageDetail> messages, List<CaseEventView> events) {}
}
