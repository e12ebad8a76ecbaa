package org.gridlink.points;

import io.micronaut.context.event.ApplicationEventListener;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import org.gridlink.identity.IdentityFacade;
import org.gridlink.identity.Role;
import org.gridlink.reports.ReportAccepted;

/**
 * Points for a report accepted as valid, booked in the accepting transaction (synchronous
 * listener): once per report (business key {@code report:{id}}), within a daily cap per resident.
 * Rejected and duplicate reports are never accepted, so they never earn. By default only active
 * volunteers earn (domain: volunteers earn points for valid reports); {@code
 * gridlink.points.report-points-volunteers-only=false} opens it to every resident.
 */
@Singleton
class ReportPoints implements ApplicationEventListener<ReportAccepted> {
  private final PointsFacade points;
  private final Ledger ledger;
  private final PointsProperties properties;
  private final IdentityFacade identity;

  ReportPoints(
      PointsFacade points, Ledger ledger, PointsProperties properties, IdentityFacade identity) {
    this.points = points;
    this.ledger = ledger;
    this.properties = properties;
    this.identity = identity;
  }

  @Override
  public void onApplicationEvent(ReportAccepted event) {
    long amount = properties.getPointsPerReport();
    if (amount <= 0 || !eligible(event.reporter())) {
      return;
    }
    String key = "report:" + event.reportId();
    try {
      ledger.lockAccount(event.reporter());
      if (ledger.byKey(key, false).isPresent()
          || !withinDailyCap(event.reporter(), properties.dayOf(event.acceptedAt()), amount)) {
        return;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Report points failed", e);
    }
    points.earn(
        event.reporter(), amount, key, "points.reason.report|" + event.trackingCode(), "report");
  }

  private boolean eligible(String subject) {
    if (!properties.isReportPointsVolunteersOnly()) {
      return identity.resident(subject).isPresent();
    }
    return identity.resident(subject).map(r -> r.roles().contains(Role.VOLUNTEER)).orElse(false);
  }

  /** Counts the points against today's cap with one conditional update; false when full. */
  private boolean withinDailyCap(String subject, LocalDate day, long amount) throws SQLException {
    try (PreparedStatement ps =
        ledger
            .connection()
            .prepareStatement(
                "UPDATE points_account SET report_day_points = CASE WHEN report_day = ? THEN"
                    + " report_day_points + ? ELSE ? END, report_day = ? WHERE subject = ? AND"
                    + " (report_day IS NULL OR report_day <> ? OR report_day_points + ? <= ?)")) {
      java.sql.Date d = java.sql.Date.valueOf(day);
      ps.setDate(1, d);
      ps.setLong(2, amount);
      ps.setLong(3, amount);
      ps.setDate(4, d);
      ps.setString(5, subject);
      ps.setDate(6, d);
      ps.setLong(7, amount);
      ps.setLong(8, properties.getReportDailyCap());
      return amount <= properties.getReportDailyCap() && ps.executeUpdate() == 1;
    }
  }
}
