package org.gridlink.reports;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.gridlink.common.paging.PageQuery;
import org.gridlink.common.paging.PageResponse;
import org.gridlink.common.web.Messages;

/** The staff screening queue and its decisions. */
@Controller("/api/v1/admin/reports")
@Secured({"STAFF", "ADMIN", "GRID_WORKER"})
@Tag(name = "Photo reports: screening")
class Screening {
  private final ScreeningService screening;
  private final ReportViews views;

  Screening(ScreeningService screening, ReportViews views) {
    this.screening = screening;
    this.views = views;
  }

  static boolean isStaff(Authentication auth) {
    return auth.getRoles().stream()
        .anyMatch(r -> r.equals("STAFF") || r.equals("ADMIN") || r.equals("GRID_WORKER"));
  }

  @Operation(summary = "Reports waiting for screening, oldest due first; area = grid-code prefix")
  @Get
  PageResponse<ReportRecords.ReportView> queue(
      @Nullable @QueryValue String area,
      @RequestBean @Valid PageQuery paging,
      HttpRequest<?> request) {
    return screening.queue(area, paging, Messages.localeOf(request));
  }

  @Operation(summary = "Accept a report: it will be passed to the governance system")
  @Post("/{id}/accept")
  ReportRecords.ReportView accept(long id, Authentication auth, HttpRequest<?> request) {
    return views.full(screening.accept(id, auth.getName(), null), Messages.localeOf(request));
  }

  @Operation(summary = "Reject a report with a reason the resident sees")
  @Post("/{id}/reject")
  ReportRecords.ReportView reject(
      long id,
      @Body @Valid ReportRecords.Reject body,
      Authentication auth,
      HttpRequest<?> request) {
    return views.full(
        screening.reject(id, auth.getName(), body.reason()), Messages.localeOf(request));
  }

  @Operation(summary = "Mark a report as a duplicate of another")
  @Post("/{id}/duplicate")
  ReportRecords.ReportView duplicate(
      long id,
      @Body @Valid ReportRecords.MarkDuplicate body,
      Authentication auth,
      HttpRequest<?> request) {
    return views.full(
        screening.markDuplicate(id, body.of(), auth.getName()), Messages.localeOf(request));
  }

  @Operation(summary = "Change a report's category or grid")
  @Patch("/{id}")
  ReportRecords.ReportView amend(
      long id, @Body @Valid ReportRecords.Amend body, HttpRequest<?> request) {
    return views.full(screening.amend(id, body), Messages.localeOf(request));
  }
}
