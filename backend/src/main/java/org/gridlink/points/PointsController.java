package org.gridlink.points;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.gridlink.common.paging.PageQuery;
import org.gridlink.common.paging.PageResponse;
import org.gridlink.common.web.Messages;
import org.gridlink.common.web.ProblemException;

@Controller("/api/v1")
@Tag(name = "Volunteer points")
class PointsController {
  private final PointsStatements statements;
  private final PointsFacade points;

  PointsController(PointsStatements statements, PointsFacade points) {
    this.statements = statements;
    this.points = points;
  }

  @Operation(summary = "My points: balance, what expires when, and the ledger (newest first)")
  @Get("/me/points")
  @Secured(SecurityRule.IS_AUTHENTICATED)
  PointsRecords.Statement mine(
      @RequestBean @Valid PageQuery paging, Authentication auth, HttpRequest<?> request) {
    return statements.of(auth.getName(), paging, Messages.localeOf(request));
  }

  @Operation(summary = "Staff: one account's statement")
  @Get("/admin/points/account")
  @Secured({"STAFF", "ADMIN"})
  PointsRecords.Statement account(
      @QueryValue String subject, @RequestBean @Valid PageQuery paging, HttpRequest<?> request) {
    return statements.of(subject, paging, Messages.localeOf(request));
  }

  @Operation(summary = "Staff: search the ledger by account, entry type and business key prefix")
  @Get("/admin/points/entries")
  @Secured({"STAFF", "ADMIN"})
  PageResponse<PointsRecords.EntryView> search(
      @Nullable @QueryValue String subject,
      @Nullable @QueryValue String type,
      @Nullable @QueryValue String key,
      @RequestBean @Valid PageQuery paging,
      HttpRequest<?> request) {
    String t = type == null || type.isBlank() ? null : type;
    if (t != null
        && java.util.Arrays.stream(EntryType.values()).noneMatch(v -> v.name().equals(t))) {
      throw ProblemException.badRequest("problem.points.bad-type", t);
    }
    String s = subject == null || subject.isBlank() ? null : subject;
    return statements.search(s, t, key, paging, Messages.localeOf(request));
  }

  @Operation(
      summary =
          "Staff: adjust an account with a reason (audited); send an Idempotency-Key so a retry"
              + " cannot book it twice")
  @Post("/admin/points/adjustments")
  @Secured({"STAFF", "ADMIN"})
  HttpResponse<PointsRecords.EntryView> adjust(
      @Body @Valid PointsRecords.Adjustment body,
      @Nullable @Header("Idempotency-Key") String idempotencyKey,
      Authentication auth,
      HttpRequest<?> request) {
    if (idempotencyKey == null) {
      throw ProblemException.badRequest("problem.points.key-required");
    }
    if (body.points() == 0) {
      throw ProblemException.badRequest("problem.points.adjust-zero");
    }
    PointsEntry e =
        points.adjust(
            body.subject(),
            body.points(),
            "adjust:" + auth.getName() + ":" + idempotencyKey,
            body.reason().trim(),
            auth.getName());
    return HttpResponse.created(
        statements.view(
            new PointsQueries.EntryRow(
                e.id(),
                e.subject(),
                e.type(),
                e.points(),
                e.balanceAfter(),
                e.businessKey(),
                e.reason(),
                e.causedBy(),
                e.at(),
                null),
            Messages.localeOf(request)));
  }
}
