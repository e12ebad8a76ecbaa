package org.gridlink.surveys;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;

/**
 * The department ratings as the results API sends them. Counts are defined on {@link
 * org.gridlink.governance.DepartmentOutcome}; rates are 0..1 and null when their denominator is 0.
 */
final class DepartmentRecords {
  private DepartmentRecords() {}

  /**
   * One department: {@code onTimeRate} = resolvedOnTime / assessed, with the Wilson interval at 95
   * % ({@code low}, {@code high}) and a {@code smoothed} rate (Bayesian average towards the mean of
   * every department shown); {@code reopenRate} = reopened / resolved.
   */
  @Serdeable
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record DepartmentRow(
      String department,
      long handled,
      long resolved,
      long resolvedOnTime,
      long rejected,
      long assessed,
      @Nullable Double onTimeRate,
      double smoothed,
      double low,
      double high,
      long reopened,
      @Nullable Double reopenRate,
      @Nullable Double medianHoursToResolution) {}

  /** The period, the scope, the mean on-time rate of all rows (the smoothing's prior) and rows. */
  @Serdeable
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record DepartmentResults(
      Instant from, Instant to, String scope, double meanOnTimeRate, List<DepartmentRow> rows) {}
}
