package org.gridlink.points;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Points rules ({@code gridlink.points.*}). Grants expire at the end of the calendar year {@code
 * expiry-years} after the year they were earned in (default 1: end of next year), or after {@code
 * expiry-period} when that is set. Days and years are counted in {@code zone} (China time).
 */
@ConfigurationProperties("gridlink.points")
public class PointsProperties {
  @Min(0)
  private long pointsPerReport = 5;

  /** Report points per resident and day; a report that would pass it earns nothing. */
  @Min(0)
  private long reportDailyCap = 20;

  /** Only active volunteers earn report points (domain: volunteers earn for valid reports). */
  private boolean reportPointsVolunteersOnly = true;

  @Min(0)
  private int expiryYears = 1;

  @Nullable private Duration expiryPeriod;
  @NotNull private ZoneId zone = ZoneId.of("Asia/Shanghai");

  @Min(1)
  private int expiryBatchSize = 200;

  private boolean expiryJobEnabled = true;

  /** When a grant booked at {@code at} expires. */
  Instant expiryOf(Instant at) {
    if (expiryPeriod != null) {
      return at.plus(expiryPeriod);
    }
    int year = at.atZone(zone).getYear() + expiryYears;
    return LocalDate.of(year + 1, 1, 1).atStartOfDay(zone).toInstant();
  }

  LocalDate dayOf(Instant at) {
    return at.atZone(zone).toLocalDate();
  }

  public long getPointsPerReport() {
    return pointsPerReport;
  }

  public void setPointsPerReport(long pointsPerReport) {
    this.pointsPerReport = pointsPerReport;
  }

  public long getReportDailyCap() {
    return reportDailyCap;
  }

  public void setReportDailyCap(long reportDailyCap) {
    this.reportDailyCap = reportDailyCap;
  }

  public boolean isReportPointsVolunteersOnly() {
    return reportPointsVolunteersOnly;
  }

  public void setReportPointsVolunteersOnly(boolean reportPointsVolunteersOnly) {
    this.reportPointsVolunteersOnly = reportPointsVolunteersOnly;
  }

  public int getExpiryYears() {
    return expiryYears;
  }

  public void setExpiryYears(int expiryYears) {
    this.expiryYears = expiryYears;
  }

  public @Nullable Duration getExpiryPeriod() {
    return expiryPeriod;
  }

  public void setExpiryPeriod(@Nullable Duration expiryPeriod) {
    this.expiryPeriod = expiryPeriod;
  }

  public ZoneId getZone() {
    return zone;
  }

  public void setZone(ZoneId zone) {
    this.zone = zone;
  }

  public int getExpiryBatchSize() {
    return expiryBatchSize;
  }

  public void setExpiryBatchSize(int expiryBatchSize) {
    this.expiryBatchSize = expiryBatchSize;
  }

  public boolean isExpiryJobEnabled() {
    return expiryJobEnabled;
  }

  public void setExpiryJobEnabled(boolean expiryJobEnabled) {
    this.expiryJobEnabled = expiryJobEnabled;
  }
}
