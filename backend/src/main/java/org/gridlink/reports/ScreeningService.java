package org.gridlink.reports;

import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Locale;
import org.gridlink.common.paging.PageQuery;
import org.gridlink.common.paging.PageResponse;
import org.gridlink.common.web.ProblemException;
import org.gridlink.grids.GridsFacade;

/** Staff screening: the queue, accept, reject with a reason, duplicate, change category or grid. */
@Singleton
class ScreeningService {
  private static final EnumSet<ReportStatus> WAITING =
      EnumSet.of(ReportStatus.SUBMITTED, ReportStatus.UNDER_REVIEW);

  private final ReportRepositories.Reports reports;
  private final ReportRepositories.Categories categories;
  private final ReportService lifecycle;
  private final ReportViews views;
  private final GridsFacade grids;
  private final Clock clock;

  ScreeningService(
      ReportRepositories.Reports reports,
      ReportRepositories.Categories categories,
      ReportService lifecycle,
      ReportViews views,
      GridsFacade grids,
      Clock clock) {
    this.reports = reports;
    this.categories = categories;
    this.lifecycle = lifecycle;
    this.views = views;
    this.grids = grids;
    this.clock = clock;
  }

  /** Waiting reports, oldest due first; {@code area} is a grid-code prefix (street, community). */
  PageResponse<ReportRecords.ReportView> queue(String area, PageQuery paging, Locale locale) {
    Pageable page = paging.pageable(Sort.of(Sort.Order.asc("dueAt")));
    var result =
        area == null || area.isBlank()
            ? reports.findByStatusIn(WAITING, page)
            : reports.findByStatusInAndGridCodeStartsWith(WAITING, area.trim(), page);
    return PageResponse.of(result, r -> views.full(r, locale));
  }

  @Transactional
  Report accept(long id, String staff, String note) {
    return lifecycle.move(find(id), ReportStatus.ACCEPTED, staff, note);
  }

  @Transactional
  Report reject(long id, String staff, String reason) {
    Report r = find(id);
    if (!r.status().canMoveTo(ReportStatus.REJECTED)) {
      throw new ProblemException(
          HttpStatus.CONFLICT,
          "conflict",
          "problem.reports.bad-transition",
          r.status(),
          ReportStatus.REJECTED);
    }
    Report rejected = reports.update(r.rejected(reason, clock.instant()));
    lifecycle.record(rejected, staff, reason);
    return rejected;
  }

  @Transactional
  Report markDuplicate(long id, long original, String staff) {
    Report r = find(id);
    if (id == original || reports.findById(original).isEmpty()) {
      throw new ProblemException(
          HttpStatus.BAD_REQUEST, "bad-request", "problem.reports.bad-original");
    }
    if (!r.status().canMoveTo(ReportStatus.DUPLICATE)) {
      throw new ProblemException(
          HttpStatus.CONFLICT,
          "conflict",
          "problem.reports.bad-transition",
          r.status(),
          ReportStatus.DUPLICATE);
    }
    Report dup = reports.update(r.duplicateOf(original, clock.instant()));
    lifecycle.record(dup, staff, null);
    return dup;
  }

  @Transactional
  Report amend(long id, ReportRecords.Amend change) {
    Report r = find(id);
    if (change.category() != null) {
      ReportCategory c =
          categories
              .findById(change.category())
              .orElseThrow(
                  () ->
                      new ProblemException(
                          HttpStatus.BAD_REQUEST,
                          "bad-request",
                          "problem.reports.unknown-category",
                          change.category()));
      Severity severity = r.urgent() ? Severity.SERIOUS : c.defaultSeverity();
      r =
          reports.update(
              r.recategorised(
                  c.code(), severity, r.createdAt().plus(c.sla(severity)), clock.instant()));
    }
    if (change.gridCode() != null) {
      if (!grids.exists(change.gridCode())) {
        throw new ProblemException(
            HttpStatus.BAD_REQUEST, "bad-request", "problem.reports.unknown-grid");
      }
      r = reports.update(r.regridded(change.gridCode(), clock.instant()));
    }
    return r;
  }

  private Report find(long id) {
    return reports
        .findById(id)
        .orElseThrow(() -> ProblemException.notFound("problem.reports.not-found"));
  }
}
