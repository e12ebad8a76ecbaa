package org.gridlink.governance;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The department figures of {@link DepartmentOutcome} in one SQL statement, grouped in the database
 * (runs on H2 in MySQL mode and on MariaDB 10.2+: common table expressions and window functions).
 * The period's cases are found first through the events' time index, so the window functions only
 * see the events of cases active in the period.
 */
@Singleton
class DepartmentOutcomeQuery {
  private static final String RESOLVING = "('RESOLVED', 'CLOSED')";

  private static final String SQL =
      "WITH period_cases AS ("
          + " SELECT DISTINCT x.case_id FROM governance_case_event x"
          + " JOIN governance_case g ON g.case_id = x.case_id"
          + " WHERE x.occurred_at >= ? AND x.occurred_at < ? AND g.grid_code LIKE ?),"
          // pick = 1: the first resolving event, or without one the latest event (with a dept).
          + " ranked AS ("
          + " SELECT e.case_id, e.department, e.status, e.occurred_at,"
          + " ROW_NUMBER() OVER (PARTITION BY e.case_id ORDER BY"
          + " CASE WHEN e.status IN "
          + RESOLVING
          + " THEN 0 ELSE 1 END,"
          + " CASE WHEN e.status IN "
          + RESOLVING
          + " THEN e.occurred_at END,"
          + " e.occurred_at DESC, e.id DESC) AS pick"
          + " FROM governance_case_event e JOIN period_cases p ON p.case_id = e.case_id"
          + " WHERE CHAR_LENGTH(e.department) > 0),"
          + " outcome AS ("
          + " SELECT r.case_id, r.department, r.status, g.due_at, g.accepted_at,"
          + " CASE WHEN r.status IN "
          + RESOLVING
          + " THEN r.occurred_at END AS resolved_at,"
          + " (SELECT MIN(f.occurred_at) FROM governance_case_event f"
          + " WHERE f.case_id = r.case_id AND f.department = r.department) AS since"
          + " FROM ranked r JOIN governance_case g ON g.case_id = r.case_id WHERE r.pick = 1),"
          + " counted AS ("
          + " SELECT o.department, o.status, o.due_at, o.resolved_at,"
          + " CASE WHEN o.resolved_at IS NOT NULL"
          + " THEN TIMESTAMPDIFF(SECOND, o.accepted_at, o.resolved_at) END AS secs,"
          + " CASE WHEN o.resolved_at IS NOT NULL AND EXISTS (SELECT 1 FROM"
          + " governance_case_reopen x WHERE x.case_id = o.case_id AND x.reopened_at >"
          + " o.resolved_at) THEN 1 ELSE 0 END AS reopened"
          + " FROM outcome o WHERE o.since >= ? AND o.since < ?),"
          // The median: resolved cases ranked by duration within their department.
          + " ordered AS ("
          + " SELECT c.*, ROW_NUMBER() OVER (PARTITION BY c.department ORDER BY"
          + " CASE WHEN c.secs IS NULL THEN 1 ELSE 0 END, c.secs) AS rn,"
          + " COUNT(c.secs) OVER (PARTITION BY c.department) AS n_resolved"
          + " FROM counted c)"
          + " SELECT department, COUNT(*),"
          + " SUM(CASE WHEN resolved_at IS NOT NULL THEN 1 ELSE 0 END),"
          + " SUM(CASE WHEN resolved_at <= due_at THEN 1 ELSE 0 END),"
          + " SUM(CASE WHEN resolved_at IS NULL AND status = 'REJECTED' THEN 1 ELSE 0 END),"
          + " SUM(CASE WHEN resolved_at IS NOT NULL"
          + " OR (status <> 'REJECTED' AND due_at <= ?) THEN 1 ELSE 0 END),"
          + " SUM(reopened),"
          + " AVG(CASE WHEN secs IS NOT NULL AND rn IN (FLOOR((n_resolved + 1) / 2),"
          + " FLOOR((n_resolved + 2) / 2)) THEN secs END)"
          + " FROM ordered GROUP BY department ORDER BY department";

  private final JdbcOperations jdbc;

  DepartmentOutcomeQuery(JdbcOperations jdbc) {
    this.jdbc = jdbc;
  }

  @ReadOnly
  List<DepartmentOutcome> run(Instant from, Instant to, String scope, Instant now) {
    return jdbc.prepareStatement(
        SQL,
        statement -> {
          Object[] args = {from, to, scope + "%", from, to, now};
          for (int i = 0; i < args.length; i++) {
            Object a = args[i];
            statement.setObject(i + 1, a instanceof Instant at ? Timestamp.from(at) : a);
          }
          List<DepartmentOutcome> out = new ArrayList<>();
          try (ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
              out.add(row(rs));
            }
          }
          return out;
        });
  }

  private static DepartmentOutcome row(ResultSet rs) throws SQLException {
    double secs = rs.getDouble(8);
    boolean none = rs.wasNull();
    return new DepartmentOutcome(
        rs.getString(1),
        rs.getLong(2),
        rs.getLong(3),
        rs.getLong(4),
        rs.getLong(5),
        rs.getLong(6),
        rs.getLong(7),
        none ? null : secs / 3600.0);
  }
}
