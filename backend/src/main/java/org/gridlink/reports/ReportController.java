package org.gridlink.reports;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
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
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Locale;
import org.gridlink.common.paging.PageQuery;
import org.gridlink.common.paging.PageResponse;
import org.gridlink.common.web.Messages;
import org.gridlink.common.web.ProblemException;

@Controller("/api/v1")
@Tag(name = "Photo reports")
class ReportController {
  private final ReportService reports;
  private final ReportQueries queries;
  private final ReportViews views;
  private final ReportFollowUps followUps;

  ReportController(
      ReportService reports, ReportQueries queries, ReportViews views, ReportFollowUps followUps) {
    this.reports = reports;
    this.queries = queries;
    this.views = views;
    this.followUps = followUps;
  }

  @Operation(summary = "The report categories (two levels)")
  @Get("/report-categories")
  @Secured(SecurityRule.IS_ANONYMOUS)
  List<ReportRecords.CategoryView> categories(HttpRequest<?> request) {
    Locale locale = Messages.localeOf(request);
    return reports.catalog().stream()
        .map(
            c ->
                new ReportRecords.CategoryView(
                    c.code(),
                    c.parentCode(),
                    "zh".equals(locale.getLanguage()) ? c.nameZh() : c.nameEn(),
                    c.defaultSeverity(),
                    c.allowAnonymous()))
        .toList();
  }

  @Operation(
      summary = "Submit a photo report; send an Idempotency-Key so a retry cannot file it twice")
  @Post("/reports")
  @Secured(SecurityRule.IS_AUTHENTICATED)
  HttpResponse<ReportRecords.ReportView> submit(
      @Body @Valid ReportRecords.SubmitReport body,
      @Nullable @Header("Idempotency-Key") String idempotencyKey,
      Authentication auth,
      HttpRequest<?> request) {
    if (idempotencyKey == null) {
      throw new ProblemException(
          HttpStatus.BAD_REQUEST, "bad-request", "problem.reports.key-required");
    }
    Report saved = reports.submit(body, auth.getName());
    return HttpResponse.created(views.full(saved, Messages.localeOf(request)));
  }

  @Operation(summary = "My reports, newest first")
  @Get("/reports/mine")
  @Secured(SecurityRule.IS_AUTHENTICATED)
  PageResponse<ReportRecords.ReportView> mine(
      @RequestBean @Valid PageQuery paging, Authentication auth, HttpRequest<?> request) {
    return queries.mine(auth.getName(), paging, Messages.localeOf(request));
  }

  @Operation(summary = "Open reports of a category within 100 m in the last 14 days")
  @Get("/reports/nearby")
  @Secured(SecurityRule.IS_AUTHENTICATED)
  List<ReportRecords.NearbyReport> nearby(
      @QueryValue @DecimalMin("-90") @DecimalMax("90") double lat,
      @QueryValue @DecimalMin("-180") @DecimalMax("180") double lng,
      @QueryValue @NotBlank String category,
      @Nullable @QueryValue String crs,
      HttpRequest<?> request) {
    return queries.nearby(lat, lng, crs, category, Messages.localeOf(request));
  }

  @Operation(summary = "Follow a report (\"me too\") instead of filing a new one")
  @Post("/reports/{id}/follow")
  @Secured(SecurityRule.IS_AUTHENTICATED)
  HttpResponse<?> follow(long id, Authentication auth) {
    queries.follow(id, auth.getName());
    return HttpResponse.noContent();
  }

  @Operation(summary = "Withdraw my report (before it is forwarded)")
  @Post("/reports/{id}/withdraw")
  @Secured(SecurityRule.IS_AUTHENTICATED)
  ReportRecords.ReportView withdraw(long id, Authentication auth, HttpRequest<?> request) {
    return views.full(reports.withdraw(id, auth.getName()), Messages.localeOf(request));
  }

  @Operation(
      summary =
          "Answer a request for more information with text and/or my photos; send an"
              + " Idempotency-Key so a retry adds nothing twice")
  @Post("/reports/{id}/supplements")
  @Secured(SecurityRule.IS_AUTHENTICATED)
  ReportRecords.ReportView supplement(
      long id,
      @Body @Valid ReportRecords.Supplement body,
      @Nullable @Header("Idempotency-Key") String idempotencyKey,
      Authentication auth,
      HttpRequest<?> request) {
    if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > 128) {
      throw ProblemException.badRequest("problem.reports.supplement-key-required");
    }
    Report r =
        followUps.supplement(id, auth.getName(), body.text(), body.mediaIds(), idempotencyKey);
    return queries.one(r.id(), auth.getName(), false, Messages.localeOf(request));
  }

  @Operation(summary = "One report (its reporter or staff)")
  @Get("/reports/{id}")
  @Secured(SecurityRule.IS_AUTHENTICATED)
  ReportRecords.ReportView one(long id, Authentication auth, HttpRequest<?> request) {
    return queries.one(id, auth.getName(), Screening.isStaff(auth), Messages.localeOf(request));
  }

  @Operation(summary = "Follow a report by its tracking code (public; no reporter identity)")
  @Get("/reports/track/{code}")
  @Secured(SecurityRule.IS_ANONYMOUS)
  ReportRecords.TrackedReport track(String code, HttpRequest<?> request) {
    return queries.track(code, Messages.localeOf(request));
  }
}
