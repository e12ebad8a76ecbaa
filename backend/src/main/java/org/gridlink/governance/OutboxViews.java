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
  record MessageDetail(MessageSummary message, String payload, List<AttemptView> attempts) {}
}
