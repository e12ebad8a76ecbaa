package org.gridlink.reports;

import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.gridlink.common.paging.PageQuery;
import org.gridlink.common.paging.PageResponse;
import org.gridlink.common.web.ProblemException;
import org.gridlink.grids.GridsFacade;
import org.gridlink.grids.WgsPoint;

/** Reading reports: mine, one, by tracking code, and open ones nearby ("me too"). */
@Singleton
class ReportQueries {
  static final double NEARBY_METRES = 100;
  static final Duration NEARBY_WINDOW = Duration.ofDays(14);

  private final ReportRepositories.Reports reports;
  private final ReportRepositories.Followers followers;
  private final ReportViews views;
  private final GridsFacade grids;
  private final Clock clock;

  ReportQueries(
      ReportRepositories.Reports reports,
      ReportRepositories.Followers followers,
      ReportViews views,
      GridsFacade grids,
      Clock clock) {
    this.reports = reports;
    this.followers = followers;
    this.views = views;
    this.grids = grids;
    this.clock = clock;
  }

  PageResponse<ReportRecords.ReportView> mine(String reporter, PageQuery paging, Locale locale) {
    Pageable page = paging.pageable(Sort.of(Sort.Order.desc("id")));
    return PageResponse.of(reports.findByReporter(reporter, page), r -> views.full(r, locale));
  }

  /** The reporter or staff see everything; anyone else gets a 404, as if it did not exist. */
  ReportRecords.ReportView one(long id, String caller, boolean staff, Locale locale) {
    return reports
        .findById(id)
        .filter(r -> staff || r.reporter().equals(caller))
        .map(r -> views.full(r, locale))
        .orElseThrow(() -> ProblemException.notFound("problem.reports.not-found"));
  }

  ReportRecords.TrackedReport track(String code, Locale locale) {
    return reports
        .findByTrackingCode(code.trim().toUpperCase(Locale.ROOT))
        .map(r -> views.tracked(r, locale))
        .orElseThrow(() -> ProblemException.notFound("problem.reports.not-found"));
  }

  List<ReportRecords.NearbyReport> nearby(
      double lat, double lng, String crs, String category, Locale locale) {
    WgsPoint p = grids.wgs84(lat, lng, crs == null ? "wgs84" : crs);
    double dLat = Geo.latDegrees(NEARBY_METRES);
    double dLng = Geo.lngDegrees(NEARBY_METRES, p.lat());
    return reports
        .findByCategoryCodeAndLatBetweenAndLngBetweenAndCreatedAtGreaterThan(
            category,
            p.lat() - dLat,
            p.lat() + dLat,
            p.lng() - dLng,
            p.lng() + dLng,
            clock.instant().minus(NEARBY_WINDOW))
        .stream()
        .filter(r -> r.status().isOpen())
        .map(r -> new Object[] {r, Math.round(Geo.metres(p.lat(), p.lng(), r.lat(), r.lng()))})
        .filter(o -> (long) o[1] <= NEARBY_METRES)
        .sorted(Comparator.comparingLong(o -> (long) o[1]))
        .map(o -> views.nearby((Report) o[0], (long) o[1], locale))
        .toList();
  }

  /** "Me too": one follow per resident, only on open reports that are not their own. */
  void follow(long id, String caller) {
    Report r =
        reports
            .findById(id)
            .orElseThrow(() -> ProblemException.notFound("problem.reports.not-found"));
    if (!r.status().isOpen()) {
      throw new ProblemException(HttpStatus.CONFLICT, "conflict", "problem.reports.closed");
    }
    if (r.reporter().equals(caller) || followers.existsByReportIdAndFollower(id, caller)) {
      return;
    }
    followers.save(new ReportParts.Follower(null, id, caller, clock.instant()));
  }
}
