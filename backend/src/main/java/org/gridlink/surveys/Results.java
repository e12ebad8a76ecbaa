package org.gridlink.surveys;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.util.Comparator;
import java.util.List;

/**
 * Rankings from the tally: per worker, grid, community (first 12 digits of the grid code) or street
 * (first 9). Flagged responses are left out of the figures and counted in their own column.
 */
@Singleton
class Results {
  enum Level {
    WORKER("t.grid_code", "t.grid_code, t.worker_id, w.worker_name"),
    GRID("t.grid_code", "t.grid_code"),
    COMMUNITY("LEFT(t.grid_code, 12)", "LEFT(t.grid_code, 12)"),
    STREET("LEFT(t.grid_code, 9)", "LEFT(t.grid_code, 9)");

    private final String key;
    private final String groupBy;

    Level(String key, String groupBy) {
      this.key = key;
      this.groupBy = groupBy;
    }
  }

  private static final String COUNTS =
      " SUM(CASE WHEN t.worker_id = 0 AND NOT t.flagged THEN t.responses ELSE 0 END),"
          + " SUM(CASE WHEN t.worker_id = 0 AND t.flagged THEN t.responses ELSE 0 END),"
          + " SUM(CASE WHEN t.worker_id <> 0 AND NOT t.flagged THEN t.very ELSE 0 END),"
          + " SUM(CASE WHEN t.worker_id <> 0 AND NOT t.flagged THEN t.satisfied ELSE 0 END),"
          + " SUM(CASE WHEN t.worker_id <> 0 AND NOT t.flagged THEN t.basic ELSE 0 END),"
          + " SUM(CASE WHEN t.worker_id <> 0 AND NOT t.flagged THEN t.dissatisfied ELSE 0 END),"
          + " SUM(CASE WHEN t.worker_id = 0 AND NOT t.flagged THEN t.knows ELSE 0 END)";

  /** For a worker the "responses" are the responses that rated them, flagged or not. */
  private static final String WORKER_COUNTS =
      " SUM(CASE WHEN NOT t.flagged THEN t.responses ELSE 0 END),"
          + " SUM(CASE WHEN t.flagged THEN t.responses ELSE 0 END),"
          + " SUM(CASE WHEN NOT t.flagged THEN t.very ELSE 0 END),"
          + " SUM(CASE WHEN NOT t.flagged THEN t.satisfied ELSE 0 END),"
          + " SUM(CASE WHEN NOT t.flagged THEN t.basic ELSE 0 END),"
          + " SUM(CASE WHEN NOT t.flagged THEN t.dissatisfied ELSE 0 END),"
          + " SUM(CASE WHEN NOT t.flagged THEN t.knows ELSE 0 END)";

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

  @ReadOnly
  SurveyRecords.Results results(
      SurveyEntities.Campaign campaign, Level level, String prefix, boolean ascending, int limit) {
    long id = campaign.id();
    List<Counts> city = counts(id, Level.GRID, "");
    double cityMean = mean(city);
    Counts area = total(prefix.isEmpty() ? city : counts(id, Level.GRID, prefix));
    List<Counts> ranked =
        level == Level.GRID && prefix.isEmpty() ? city : counts(id, level, prefix);
    Comparator<SurveyRecords.ResultRow> bySmoothed =
        Comparator.comparingDouble(SurveyRecords.ResultRow::smoothed);
    List<SurveyRecords.ResultRow> rows =
        ranked.stream()
            .map(c -> row(c, cityMean))
            .sorted(ascending ? bySmoothed : bySmoothed.reversed())
            .limit(limit)
            .toList();
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

  /** Every row of a level, in code order, for the exports. */
  @ReadOnly
  List<SurveyRecords.ResultRow> all(SurveyEntities.Campaign campaign, Level level) {
    double cityMean = mean(counts(campaign.id(), Level.GRID, ""));
    return counts(campaign.id(), level, "").stream().map(c -> row(c, cityMean)).toList();
  }

  private static double mean(List<Counts> grids) {
    Counts city = total(grids);
    return Scores.rate(city.positive(), city.ratings());
  }

  List<Counts> counts(long campaignId, Level level, String prefix) {
    boolean worker = level == Level.WORKER;
    return sql.query(
        "SELECT "
            + (worker
                ? "t.grid_code, t.grid_code, w.worker_name, t.worker_id,"
                : level.key + ", NULL, NULL, 0,")
            + (worker ? WORKER_COUNTS : COUNTS)
            + " FROM survey_tally t"
            + (worker
                ? " LEFT JOIN survey_campaign_worker w ON w.campaign_id = t.campaign_id AND"
                    + " w.grid_code = t.grid_code AND w.worker_id = t.worker_id"
                : "")
            + " WHERE t.campaign_id = ? AND t.grid_code LIKE ?"
            + (worker ? " AND t.worker_id <> 0" : "")
            + " GROUP BY "
            + level.groupBy
            + " ORDER BY 1, 4",
        Results::counts,
        campaignId,
        prefix + "%");
  }

  private static Counts counts(java.sql.ResultSet rs) throws java.sql.SQLException {
    long workerId = rs.getLong(4);
    String code = workerId == 0 ? rs.getString(1) : String.valueOf(workerId);
    return new Counts(
        code,
        rs.getString(3),
        rs.getString(2),
        rs.getLong(5),
        rs.getLong(6),
        rs.getLong(7),
        rs.getLong(8),
        rs.getLong(9),
        rs.getLong(10),
        rs.getLong(11));
  }

  private static Counts total(List<Counts> rows) {
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
    return new Counts("", null, null, sum[0], sum[1], sum[2], sum[3], sum[4], sum[5], sum[6]);
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

  private List<SurveyRecords.TrendPoint> trend(long campaignId, String prefix) {
    return sql
        .query(
            "SELECT t.answered_month, NULL, NULL, 0,"
                + COUNTS
                + " FROM survey_tally t WHERE t.campaign_id = ? AND t.grid_code LIKE ?"
                + " GROUP BY t.answered_month ORDER BY 1",
            Results::counts,
            campaignId,
            prefix + "%")
        .stream()
        .map(
            c ->
                new SurveyRecords.TrendPoint(
                    c.code(), c.ratings(), Scores.rate(c.positive(), c.ratings()), c.responses()))
        .toList();
  }
}
