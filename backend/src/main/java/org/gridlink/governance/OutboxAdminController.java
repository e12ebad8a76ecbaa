package org.gridlink.governance;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Sort;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.time.Clock;
import org.gridlink.common.paging.PageQuery;
import org.gridlink.common.paging.PageResponse;
import org.gridlink.common.web.ProblemException;

/** Staff's view of the outbox: list by status, inspect one with its attempts, redrive. */
@Controller("/api/v1/admin/governance/outbox")
@Secured({"STAFF", "ADMIN"})
@ExecuteOn(TaskExecutors.BLOCKING)
class OutboxAdminController {
  private final GovernanceRepositories.Outbox outbox;
  private final GovernanceRepositories.Attempts attempts;
  private final Clock clock;

  OutboxAdminController(
      GovernanceRepositories.Outbox outbox, GovernanceRepositories.Attempts attempts, Clock clock) {
    this.outbox = outbox;
    this.attempts = attempts;
    this.clock = clock;
  }

  @Operation(summary = "List outbox messages, newest first, optionally by status")
  @Get
  PageResponse<OutboxViews.MessageSummary> list(
      @RequestBean @Valid PageQuery paging, @Nullable @QueryValue String status) {
    var pageable = paging.pageable(Sort.of(Sort.Order.desc("id")));
    var page =
        status == null || status.isBlank()
            ? outbox.findAll(pageable)
            : outbox.findByStatus(parse(status), pageable);
    return PageResponse.of(page, OutboxViews.MessageSummary::of);
  }

  @Operation(summary = "One outbox message with its payload and every attempt")
  @Get("/{id}")
  OutboxViews.MessageDetail one(long id) {
    return OutboxViews.MessageDetail.of(find(id), attempts.findByMessageIdOrderById(id));
  }

  @Operation(summary = "Send a failing or dead message again now")
  @Post("/{id}/redrive")
  OutboxViews.MessageSummary redrive(long id) {
    var m = find(id);
    if (m.status() == GovernanceEntities.OutboxStatus.SENT) {
      throw ProblemException.conflict("problem.governance.already-sent", id);
    }
    return OutboxViews.MessageSummary.of(outbox.update(m.redriven(clock.instant())));
  }

  private GovernanceEntities.OutboxMessage find(long id) {
    return outbox
        .findById(id)
        .orElseThrow(() -> ProblemException.notFound("problem.governance.no-message", id));
  }

  private static GovernanceEntities.OutboxStatus parse(String status) {
    try {
      return GovernanceEntities.OutboxStatus.valueOf(status.toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ProblemException.badRequest("problem.governance.bad-outbox-status", status);
    }
  }
}
