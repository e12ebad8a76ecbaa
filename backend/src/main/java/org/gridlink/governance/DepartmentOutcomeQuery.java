package org.gridlink.governance;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures of {@link DepartmentOutcome} from governance_case, where {@link CaseOutcomes} keeps
 * one outcome row per case: one GROUP BY for the counts, and one for the distribution of the
 * resolution times, from which the median is read (a window-function median made MariaDB spill the
 * whole period into a temporary table on disk). Both run on H2 and MariaDB.
 */
@Singleton
class DepartmentOutcomeQuery {
  private static final String PERIOD =
      " FROM governance_case c WHERE c.department_since >= ? AND c.department_since < ?"
          + " AND c.grid_code LIKE ?";

  private static final String COUNTS =
      "SELECT c.department, COUNT(*),"
          + " SUM(CASE WHEN c.resolved_at IS NOT NULL THEN 1 ELSE 0 END),"
          + " SUM(CASE WHEN c.resolved_at <= c.due_at THEN 1 ELSE 0 END),"
          + " SUM(CASE WHEN c.resolved_at IS NULL AND c.outcome_status = 'REJECTED'"
          + " THEN 1 ELSE 0 END),"
          + " SUM(CASE WHEN c.resolved_at IS NOT NULL OR (c.outcome_status <> 'REJECTED'"
          + " AND c.due_at <= ?) THEN 1 ELSE 0 END),"
          + " SUM(CASE WHEN c.resolved_at IS NOT NULL AND EXISTS (SELECT 1 FROM"
          + " governance_case_reopen x WHERE x.case_id = c.case_id AND x.reopened_at >"
          + " c.resolved_at) THEN 1 ELSE 0 END)"
          + PERIOD
          + " GROUP BY c.department ORDER BY c.department";

  /** How many resolved cases took each number of seconds, per department, shortest first. */
  private static final String DURATIONS =
      "SELECT c.department, TIMESTAMPDIFF(SECOND, c.accepted_at, c.resolved_at), COUNT(*)"
          + PERIOD
          + " AND c.resolved_at IS NOT NULL"
          + " GROUP BY c.department, TIMESTAMPDIFF(SECOND, c.accepted_at, c.resolved_at)"
          + " ORDER BY 1, 2";

  private final JdbcOperations jdbc;

  DepartmentOutcomeQuery(JdbcOperations jdbc) {
    this.jdbc = jdbc;
  }

  @ReadOnly
  List<DepartmentOutcome> run(Instant from, Instant to, String scope, Instant now) {
    Map<String, Double> medians = medians(from, to, scope);
    return jdbc.prepareStatement(
        COUNTS,
        statement -> {
          bind(statement, now, from, to, scope + "%");
          List<DepartmentOutcome> out = new ArrayList<>();
          try (ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
              String department = rs.getString(1);
              out.add(
                  new DepartmentOutcome(
                      department,
                      rs.getLong(2),
                      rs.getLong(3),
                      rs.getLong(4),
                      rs.getLong(5),
                      rs.getLong(6),
                      rs.getLong(7),
                      medians.get(department)));
            }
          }
          return out;
        });
  }

  /** Median hours per department: the middle value of the distribution (mean of the two middle). */
  private Map<String, Double> medians(Instant from, Instant to, String scope) {
    Map<String, List<long[]>> durations = new HashMap<>();
    jdbc.prepareStatement(
        DURATIONS,
        statement -> {
          bind(statement, from, to, scope + "%");
          try (ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
              durations
                  .computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                  .add(new long[] {rs.getLong(2), rs.getLong(3)});
            }
          }
          return null;
        });
    Map<String, Double> medians = new HashMap<>();
    durations.forEach((department, counts) -> medians.put(department, median(counts) / 3600.0));
    return medians;
  }

  /** The median of values given as ascending (value, count) pairs. */
  static double median(List<long[]> counts) {
    long n = counts.stream().mapToLong(c -> c[1]).sum();
    return (at(counts, (n + 1) / 2) + at(counts, (n + 2) / 2)) / 2.0;
  }

  /** The value at 1-based position {@code k} of the expanded, sorted values. */
  private static long at(List<long[]> counts, long k) {
    long seen = 0;
    for (long[] c : counts) {
      seen += c[1];
      if (seen >= k) {
        return c[0];
      }
    }
    throw new IllegalStateException("position " + k + " past " + seen);
  }

  private static void bind(PreparedStatement statement, Object... args) throws SQLException {
    for (int i = 0; i < args.length; i++) {
      Object a = args[i];
      statement.setObject(i + 1, a instanceof Instant at ? Timestamp.from(at) : a);
    }
  }
}
