package org.gridlink.surveys;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Rankings per worker, grid, community (first 12 digits of the grid code) and street (first 9).
 * {@link #rank} computes them from the tally when it is rebuilt and stores them with their scores
 * (survey_result, survey_trend); the dashboard and the exports only read those rows. Flagged
 * responses are left out of the figures and counted in their own column.
 */
@Singleton
class Results {
  enum Level {
    WORKER("t.grid_code, t.worker_id, w.worker_name"),
    GRID("t.grid_code"),
    COMMUNITY("LEFT(t.grid_code, 12)"),
    STREET("LEFT(t.grid_code, 9)");

    private final String groupBy;

    Level(String groupBy) {
      this.groupBy = groupBy;
    }
  }

  static final String CITY = "CITY";

  /** Responses, flagged responses, the four levels, "knows the worker": from the tally. */
  private static final String COUNTS =
      " SUM(CASE WHEN t.worker_id = 0 AND NOT t.flagged THEN t.responses ELSE 0 END),"
          + " SUM(CASE WHEN t.worker_id = 0 AND t.flagged THEN t.responses ELSE 0 END),"
          + " SUM(CASE WHEN t.worker_id <> 0 AND NOT t.flagged THEN t.very ELSE 0 END),"
          + " SUM(CASE WHEN t.worker_id <> 0 AND NOT t.flagged THEN t.satisfied ELSE 0 END),"
          + " SUM(CASE WHEN t.worker_id <> 0 AND NOT t.flagged THEN t.basic ELSE 0 END),"
          + " SUM(CASE WHEN t.worker_id <> 0 AND NOT t.flagged THEN t.dissatisfied ELSE 0 END),"
          + " SUM(CASE WHEN t.worker_id = 0 AND NOT t.flagged THEN t.knows ELSE 0 END)";

  /** For a worker the "responses" are the responses that rated them. */
  private static final String WORKER_COUNTS =
      " SUM(CASE WHEN NOT t.flagged THEN t.responses ELSE 0 END),"
          + " SUM(CASE WHEN t.flagged THEN t.responses ELSE 0 END),"
          + " SUM(CASE WHEN NOT t.flagged THEN t.very ELSE 0 END),"
          + " SUM(CASE WHEN NOT t.flagged THEN t.satisfied ELSE 0 END),"
          + " SUM(CASE WHEN NOT t.flagged THEN t.basic ELSE 0 END),"
          + " SUM(CASE WHEN NOT t.flagged THEN t.dissatisfied ELSE 0 END),"
          + " SUM(CASE WHEN NOT t.flagged THEN t.knows ELSE 0 END)";

  private static final String STORED =
      "result_level, grid_code, code, name, responses, flagged_responses, very, satisfied, basic,"
          + " dissatisfied, knows, satisfaction_rate, smoothed, ci_low, ci_high";

  private static final String SUMS =
      "SUM(responses), SUM(flagged_responses), SUM(very), SUM(satisfied), SUM(basic),"
          + " SUM(dissatisfied), SUM(knows)";

  private final Sql sql;
  private final SurveysProperties properties;

  Results(Sql sql, SurveysProperties properties) {
    this.sql = sql;
    this.properties = properties;
  }

  /** Raw sums of one row of a ranking, before the rates. */
  record Counts(
      String code,
      String name,
      String gridCode,
      long responses,
      long flagged,
      long very,
      long satisfied,
      long basic,
      long dissatisfied,
      long knows) {
    long ratings() {
      return very + satisfied + basic + dissatisfied;
    }

    /** "Basically satisfied" or better. */
    long positive() {
      return very + satisfied + basic;
    }
  }

  /**
   * Stores every level's rows with their scores, and the monthly figures; in the tally's
   * transaction.
   */
  void rank(long campaignId) {
    sql.update("DELETE FROM survey_result WHERE campaign_id = ?", campaignId);
    sql.update("DELETE FROM survey_trend WHERE campaign_id = ?", campaignId);
    List<Counts> grids = counts(campaignId, Level.GRID);
    Counts city = total(grids, "");
    double cityMean = Scores.rate(city.positive(), city.ratings());
    store(campaignId, CITY, List.of(city), cityMean);
    store(campaignId, Level.GRID.name(), grids, cityMean);
    for (Level level : List.of(Level.WORKER, Level.COMMUNITY, Level.STREET)) {
      store(campaignId, level.name(), counts(campaignId, level), cityMean);
    }
    for (String area : List.of("''", "LEFT(t.grid_code, 9)", "LEFT(t.grid_code, 12)")) {
      sql.update(
          "INSERT INTO survey_trend (campaign_id, area, answered_month, responses,"
              + " flagged_responses, very, satisfied, basic, dissatisfied, knows)"
              + " SELECT t.campaign_id, "
              + area
              + ", t.answered_month,"
              + COUNTS
              + " FROM survey_tally t WHERE t.campaign_id = ? GROUP BY t.campaign_id, "
              + (area.equals("''") ? "" : area + ", ")
              + "t.answered_month",
          campaignId);
    }
  }

  private void store(long campaignId, String level, List<Counts> rows, double cityMean) {
    List<Object[]> args = new ArrayList<>();
    for (Counts c : rows) {
      SurveyRecords.ResultRow r = row(c, cityMean);
      args.add(
          new Object[] {
            campaignId,
            level,
            c.gridCode(),
            c.code(),
            c.name(),
            c.responses(),
            c.flagged(),
            c.very(),
            c.satisfied(),
            c.basic(),
            c.dissatisfied(),
            c.knows(),
            r.satisfactionRate(),
            r.smoothed(),
            r.low(),
            r.high()
          });
    }
    sql.batch(
        "INSERT INTO survey_result (campaign_id, "
            + STORED
            + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        args);
  }

  /** The tally grouped by a level: a worker is coded by id, an area by its code. */
  List<Counts> counts(long campaignId, Level level) {
    boolean worker = level == Level.WORKER;
    return sql.query(
        "SELECT "
            + (worker
                ? "t.worker_id, w.worker_name, t.grid_code,"
                : level.groupBy + ", NULL, " + level.groupBy + ",")
            + (worker ? WORKER_COUNTS : COUNTS)
            + " FROM survey_tally t"
            + (worker
                ? " LEFT JOIN survey_campaign_worker w ON w.campaign_id = t.campaign_id AND"
                    + " w.grid_code = t.grid_code AND w.worker_id = t.worker_id"
                : "")
            + " WHERE t.campaign_id = ?"
            + (worker ? " AND t.worker_id <> 0" : "")
            + " GROUP BY "
            + level.groupBy,
        rs -> counts(rs, 1),
        campaignId);
  }

  /** The stored ranking of a level within an area, best first (or worst first). */
  @ReadOnly
  SurveyRecords.Results results(
      SurveyEntities.Campaign campaign, Level level, String prefix, boolean ascending, int limit) {
    long id = campaign.id();
    List<SurveyRecords.ResultRow> rows =
        sql.query(
            "SELECT "
                + STORED
                + " FROM survey_result WHERE campaign_id = ? AND result_level = ? AND grid_code"
                + " LIKE ? ORDER BY "
                + (ascending
                    ? "smoothed, grid_code, code"
                    : "smoothed DESC, grid_code DESC, code DESC")
                + " LIMIT ?",
            Results::stored,
            id,
            level.name(),
            prefix + "%",
            limit);
    double cityMean =
        sql
            .query(
                "SELECT satisfaction_rate FROM survey_result WHERE campaign_id = ? AND"
                    + " result_level = ?",
                rs -> rs.getDouble(1),
                id,
                CITY)
            .stream()
            .findFirst()
            .orElse(0.0);
    Counts area = area(id, prefix);
    return new SurveyRecords.Results(
        id,
        level.name(),
        cityMean,
        area.responses(),
        area.flagged(),
        area.very(),
        area.satisfied(),
        area.basic(),
        area.dissatisfied(),
        rows,
        trend(id, prefix),
        campaign.talliedAt());
  }

  /** Every stored row of a level, in code order, for the exports. */
  @ReadOnly
  List<SurveyRecords.ResultRow> all(SurveyEntities.Campaign campaign, Level level) {
    return sql.query(
        "SELECT "
            + STORED
            + " FROM survey_result WHERE campaign_id = ? AND result_level = ?"
            + " ORDER BY grid_code, code",
        Results::stored,
        campaign.id(),
        level.name());
  }

  /** The sums of an area: its own row for the city, a street or a community, else its grids. */
  private Counts area(long campaignId, String prefix) {
    String level =
        switch (prefix.length()) {
          case 0 -> CITY;
          case 9 -> Level.STREET.name();
          case 12 -> Level.COMMUNITY.name();
          default -> Level.GRID.name();
        };
    return sql.query(
            "SELECT '', NULL, '',"
                + SUMS
                + " FROM survey_result WHERE campaign_id = ? AND"
                + " result_level = ? AND grid_code LIKE ?",
            rs -> counts(rs, 1),
            campaignId,
            level,
            prefix + "%")
        .get(0);
  }

  private List<SurveyRecords.TrendPoint> trend(long campaignId, String prefix) {
    boolean stored = prefix.isEmpty() || prefix.length() == 9 || prefix.length() == 12;
    String query =
        stored
            ? "SELECT answered_month, NULL, '',"
                + SUMS
                + " FROM survey_trend WHERE campaign_id = ?"
                + " AND area = ? GROUP BY answered_month ORDER BY 1"
            : "SELECT t.answered_month, NULL, '',"
                + COUNTS
                + " FROM survey_tally t WHERE t.campaign_id = ? AND t.grid_code LIKE ?"
                + " GROUP BY t.answered_month ORDER BY 1";
    return sql
        .query(query, rs -> counts(rs, 1), campaignId, stored ? prefix : prefix + "%")
        .stream()
        .map(
            c ->
                new SurveyRecords.TrendPoint(
                    c.code(), c.ratings(), Scores.rate(c.positive(), c.ratings()), c.responses()))
        .toList();
  }

  /** code, name, grid code, then the seven sums, from column {@code from}. */
  private static Counts counts(ResultSet rs, int from) throws SQLException {
    return new Counts(
        rs.getString(from),
        rs.getString(from + 1),
        rs.getString(from + 2),
        rs.getLong(from + 3),
        rs.getLong(from + 4),
        rs.getLong(from + 5),
        rs.getLong(from + 6),
        rs.getLong(from + 7),
        rs.getLong(from + 8),
        rs.getLong(from + 9));
  }

  /** A row of survey_result as selected by {@link #STORED}. */
  private static SurveyRecords.ResultRow stored(ResultSet rs) throws SQLException {
    boolean worker = Level.WORKER.name().equals(rs.getString(1));
    long responses = rs.getLong(5);
    long very = rs.getLong(7);
    long satisfied = rs.getLong(8);
    long basic = rs.getLong(9);
    long dissatisfied = rs.getLong(10);
    return new SurveyRecords.ResultRow(
        rs.getString(3),
        rs.getString(4),
        worker ? rs.getString(2) : null,
        responses,
        rs.getLong(6),
        very + satisfied + basic + dissatisfied,
        very,
        satisfied,
        basic,
        dissatisfied,
        rs.getDouble(12),
        rs.getDouble(13),
        rs.getDouble(14),
        rs.getDouble(15),
        responses == 0 ? null : (double) rs.getLong(11) / responses);
  }

  private static Counts total(List<Counts> rows, String code) {
    long[] sum = new long[7];
    for (Counts c : rows) {
      sum[0] += c.responses();
      sum[1] += c.flagged();
      sum[2] += c.very();
      sum[3] += c.satisfied();
      sum[4] += c.basic();
      sum[5] += c.dissatisfied();
      sum[6] += c.knows();
    }
    return new Counts(code, null, code, sum[0], sum[1], sum[2], sum[3], sum[4], sum[5], sum[6]);
  }

  SurveyRecords.ResultRow row(Counts c, double cityMean) {
    long n = c.ratings();
    double[] interval = Scores.wilson(c.positive(), n);
    return new SurveyRecords.ResultRow(
        c.code(),
        c.name(),
        c.gridCode(),
        c.responses(),
        c.flagged(),
        n,
        c.very(),
        c.satisfied(),
        c.basic(),
        c.dissatisfied(),
        Scores.rate(c.positive(), n),
        Scores.bayesian(c.positive(), n, cityMean, properties.getPriorWeight()),
        interval[0],
        interval[1],
        c.responses() == 0 ? null : (double) c.knows() / c.responses());
  }
}
