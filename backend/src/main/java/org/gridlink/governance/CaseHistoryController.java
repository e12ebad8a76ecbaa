package org.gridlink.governance;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;

/** Staff's view of one case's governance history, for the console's report detail. */
@Controller("/api/v1/admin/governance/cases")
@Secured({"STAFF", "ADMIN"})
@ExecuteOn(TaskExecutors.BLOCKING)
class CaseHistoryController {
  private final GovernanceRepositories.Outbox outbox;
  private final GovernanceRepositories.Attempts attempts;
  private final GovernanceRepositories.CaseEvents events;

  CaseHistoryController(
      GovernanceRepositories.Outbox outbox,
      GovernanceRepositories.Attempts attempts,
      GovernanceRepositories.CaseEvents events) {
    this.outbox = outbox;
    this.attempts = attempts;
    this.events = events;
  }

  @Operation(
      summary =
          "One case (report id): every outbox message with its attempts and every received event")
  @Get("/{caseId}/history")
  OutboxViews.CaseHistory history(long caseId) {
    return new OutboxViews.CaseHistory(
        caseId,
        outbox.findByCaseIdOrderById(caseId).stream()
            .map(m -> OutboxViews.MessageDetail.of(m, attempts.findByMessageIdOrderById(m.id())))
            .toList(),
        events.findByCaseIdOrderByOccurredAt(caseId).stream()
            .map(OutboxViews.CaseEventView::of)
            .toList());
  }
}
