package org.gridlink.governance;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** The rows of the governance feature. */
final class GovernanceEntities {
  private GovernanceEntities() {}

  enum OutboxStatus {
    PENDING,
    SENT,
    DEAD
  }

  /**
   * One message waiting for (or done with) delivery; the payload holds photo media ids. {@code
   * kind} is CASE (one per case, {@code ref} empty) or UPDATE ({@code ref} = the update id).
   */
  @MappedEntity("governance_outbox")
  record OutboxMessage(
      @Id @GeneratedValue @Nullable Long id,
      long caseId,
      String kind,
      String ref,
      String payload,
      OutboxStatus status,
      int attempts,
      Instant nextAttemptAt,
      @Nullable String leaseOwner,
      @Nullable Instant leaseUntil,
      @Nullable String lastError,
      Instant createdAt,
      Instant updatedAt,
      @Nullable Instant sentAt) {

    OutboxMessage sent(Instant now) {
      return new OutboxMessage(
          id,
          caseId,
          kind,
          ref,
          payload,
          OutboxStatus.SENT,
          attempts + 1,
          nextAttemptAt,
          null,
          null,
          null,
          createdAt,
          now,
          now);
    }

    OutboxMessage failed(OutboxStatus to, Instant next, String error, Instant now) {
      return new OutboxMessage(
          id,
          caseId,
          kind,
          ref,
          payload,
          to,
          attempts + 1,
          next,
          null,
          null,
          error,
          createdAt,
          now,
          null);
    }

    OutboxMessage redriven(Instant now) {
      return new OutboxMessage(
          id,
          caseId,
          kind,
          ref,
          payload,
          OutboxStatus.PENDING,
          attempts,
          now,
          null,
          null,
          lastError,
          createdAt,
          now,
          null);
    }
  }

  /** One delivery attempt: HTTP status (null when no answer), reason, error, duration. */
  @MappedEntity("governance_attempt")
  record Attempt(
      @Id @GeneratedValue @Nullable Long id,
      long messageId,
      Instant attemptedAt,
      @Nullable Integer statusCode,
      String reason,
      @Nullable String error,
      long durationMs) {}

  /** A status event received from the governance system, applied to the report or not. */
  @MappedEntity("governance_case_event")
  record CaseEventRow(
      @Id @GeneratedValue @Nullable Long id,
      String eventId,
      long caseId,
      String status,
      @Nullable String department,
      @Nullable String publicNote,
      Instant occurredAt,
      Instant receivedAt,
      String source,
      boolean applied) {}

  /**
   * What the department ratings need of a case GridLink sent: its grid (for the scope), the due
   * time it was sent with, when it was accepted (the start of "hours to resolution"), and its
   * outcome as {@link CaseOutcomes} derives it from the case's events (null until an event names a
   * department).
   */
  @MappedEntity("governance_case")
  record CaseFacts(
      @Id long caseId,
      @Nullable String gridCode,
      Instant dueAt,
      Instant acceptedAt,
      @Nullable String department,
      @Nullable Instant departmentSince,
      @Nullable Instant resolvedAt,
      @Nullable String outcomeStatus) {

    static CaseFacts sent(long caseId, String gridCode, Instant dueAt, Instant acceptedAt) {
      return new CaseFacts(caseId, gridCode, dueAt, acceptedAt, null, null, null, null);
    }

    CaseFacts withOutcome(
        String department, Instant departmentSince, Instant resolvedAt, String outcomeStatus) {
      return new CaseFacts(
          caseId,
          gridCode,
          dueAt,
          acceptedAt,
          department,
          departmentSince,
          resolvedAt,
          outcomeStatus);
    }
  }

  /** A reopening of a case sent back to the governance system (the resident said "not fixed"). */
  @MappedEntity("governance_case_reopen")
  record Reopening(@Id @GeneratedValue @Nullable Long id, long caseId, Instant reopenedAt) {}

  @MappedEntity("governance_cursor")
  record Cursor(@Id String name, String lastCursor, Instant updatedAt) {}
}
