package org.gridlink.surveys;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.gridlink.governance.DepartmentOutcome;
import org.gridlink.governance.GovernanceFacade;
import org.gridlink.surveys.DepartmentRecords.DepartmentResults;
import org.gridlink.surveys.DepartmentRecords.DepartmentRow;

/**
 * Departments rated by case outcomes: the governance figures scored like the worker rankings (same
 * Wilson interval and Bayesian smoothing from {@link Scores}), so a department with three cases on
 * time does not outrank one with three hundred mostly on time.
 */
@Singleton
class DepartmentRatings {
  static final List<String> HEADER =
      List.of(
          "department",
          "handled",
          "resolved",
          "resolved_on_time",
          "rejected",
          "assessed",
          "on_time_rate",
          "smoothed_on_time_rate",
          "ci_low",
          "ci_high",
          "reopened",
          "reopen_rate",
          "median_hours_to_resolution");

  private final GovernanceFacade governance;
  private final SurveysProperties properties;

  DepartmentRatings(GovernanceFacade governance, SurveysProperties properties) {
    this.governance = governance;
    this.properties = properties;
  }

  /** Best smoothed on-time rate first; ties by name. */
  DepartmentResults results(Instant from, Instant to, String scope) {
    List<DepartmentOutcome> outcomes = governance.departmentOutcomes(from, to, scope);
    long onTime = outcomes.stream().mapToLong(DepartmentOutcome::resolvedOnTime).sum();
    long assessed = outcomes.stream().mapToLong(DepartmentOutcome::assessed).sum();
    double mean = Scores.rate(onTime, assessed);
    List<DepartmentRow> rows = new ArrayList<>();
    for (DepartmentOutcome o : outcomes) {
      double[] interval = Scores.wilson(o.resolvedOnTime(), o.assessed());
      rows.add(
          new DepartmentRow(
              o.department(),
              o.handled(),
              o.resolved(),
              o.resolvedOnTime(),
              o.rejected(),
              o.assessed(),
              o.assessed() == 0 ? null : Scores.rate(o.resolvedOnTime(), o.assessed()),
              Scores.bayesian(o.resolvedOnTime(), o.assessed(), mean, properties.getPriorWeight()),
              interval[0],
              interval[1],
              o.reopened(),
              o.resolved() == 0 ? null : Scores.rate(o.reopened(), o.resolved()),
              o.medianHoursToResolution()));
    }
    rows.sort(
        Comparator.comparingDouble(DepartmentRow::smoothed)
            .reversed()
            .thenComparing(DepartmentRow::department));
    return new DepartmentResults(from, to, scope, mean, rows);
  }

  /** The export's cells, in {@link #HEADER} order; rates rounded to 4 places, nulls empty. */
  static List<List<Object>> cells(DepartmentResults results) {
    return results.rows().stream()
        .map(
            r -> {
              List<Object> c = new ArrayList<>();
              c.add(r.department());
              c.add(r.handled());
              c.add(r.resolved());
              c.add(r.resolvedOnTime());
              c.add(r.rejected());
              c.add(r.assessed());
              c.add(round(r.onTimeRate()));
              c.add(round(r.smoothed()));
              c.add(round(r.low()));
              c.add(round(r.high()));
              c.add(r.reopened());
              c.add(round(r.reopenRate()));
              c.add(round(r.medianHoursToResolution()));
              return c;
            })
        .toList();
  }

  private static Double round(Double v) {
    return v == null ? null : Exports.round(v);
  }
}
