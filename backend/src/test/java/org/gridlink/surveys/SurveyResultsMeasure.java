package org.gridlink.surveys;

import io.micronaut.context.ApplicationContext;
import io.micronaut.transaction.TransactionOperations;
import java.io.ByteArrayOutputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Campaign results at city scale on MariaDB: 13,000 grids, two workers each, 1,000,000 responses
 * (2,000,000 ratings). Prints the load time, the tally (fairness rules + pre-aggregation), the
 * dashboard query's p50/p95 and the whole-city exports, and as a baseline in the same run the grid
 * ranking computed straight from the responses. Run (a database of its own, emptied first): see
 * docs/benchmarks.md ("Surveys").
 */
public final class SurveyResultsMeasure {
  static final int GRIDS = 13_000;
  static final int RESPONSES = 1_000_000;
  static final int ROWS_PER_INSERT = 2_000;

  private SurveyResultsMeasure() {}

  public static void main(String[] args) throws Exception {
    try (ApplicationContext context = ApplicationContext.run("test", "mariadb")) {
      @SuppressWarnings("unchecked")
      TransactionOperations<Connection> tx = context.getBean(TransactionOperations.class);
      Sql sql = context.getBean(Sql.class);
      String db = tx.executeRead(s -> catalog(s.getConnection()));
      if (!db.endsWith("_bench")) {
        throw new IllegalStateException("Run with GRIDLINK_TEST_DB=<name>_bench, not " + db);
      }
      // -Dbench=reuse keeps the responses of the previous run (loading takes minutes);
      // -Dbench=queries keeps its tally too and measures the reads only.
      String mode = args.length > 0 ? args[0] : "";
      boolean reuse = mode.equals("reuse") || mode.equals("queries");
      SurveyRepositories.Campaigns campaigns = context.getBean(SurveyRepositories.Campaigns.class);
      SurveyEntities.Campaign campaign =
          reuse ? campaigns.findAll().iterator().next() : load(tx, sql, campaigns);
      long id = campaign.id();
      Tally tally = context.getBean(Tally.class);
      long t1 = System.nanoTime();
      if (!mode.equals("queries")) {
        tally.rebuild(campaign);
        System.out.printf(
            "Tally (fairness rules, counts, rankings): %.1f s%n", (System.nanoTime() - t1) / 1e9);
      }
      campaign = campaigns.findById(id).orElseThrow();

      Results results = context.getBean(Results.class);
      for (Results.Level level : Results.Level.values()) {
        SurveyEntities.Campaign c = campaign;
        time(
            "Dashboard " + level + " top 50 (city)",
            30,
            () -> results.results(c, level, "", false, 50));
      }
      SurveyEntities.Campaign c = campaign;
      String street = "320800001";
      time(
          "Dashboard GRID of one street",
          30,
          () -> results.results(c, Results.Level.GRID, street, true, 20000));
      time(
          "Baseline: grid ranking straight from the responses",
          3,
          () ->
              sql.query(
                  "SELECT r.grid_code, COUNT(*), SUM(CASE WHEN t.level >= 2 THEN 1 ELSE 0 END)"
                      + " FROM survey_response r JOIN survey_rating t ON t.response_id = r.id"
                      + " WHERE r.campaign_id = ? AND NOT r.flagged GROUP BY r.grid_code",
                  rs -> rs.getString(1),
                  id));

      Exports exports = context.getBean(Exports.class);
      for (Results.Level level : List.of(Results.Level.WORKER, Results.Level.GRID)) {
        for (String format : List.of("csv", "xlsx")) {
          long t2 = System.nanoTime();
          List<SurveyRecords.ResultRow> rows = results.all(c, level);
          ByteArrayOutputStream out = new ByteArrayOutputStream();
          if (format.equals("csv")) {
            exports.csv(rows, out);
          } else {
            exports.xlsx(rows, level.name(), out);
          }
          System.out.printf(
              "Export %s %s: %d rows, %.1f MB in %d ms%n",
              level, format, rows.size(), out.size() / 1e6, (System.nanoTime() - t2) / 1_000_000);
        }
      }
    }
  }

  private static SurveyEntities.Campaign load(
      TransactionOperations<Connection> tx, Sql sql, SurveyRepositories.Campaigns campaigns) {
    for (String table :
        List.of(
            "survey_trend",
            "survey_result",
            "survey_rating",
            "survey_response",
            "survey_tally",
            "survey_campaign_worker",
            "survey_campaign_grid",
            "survey_campaign")) {
      sql.update("DELETE FROM " + table);
    }
    Instant start = Instant.parse("2026-08-01T00:00:00Z");
    SurveyEntities.Campaign campaign =
        campaigns.save(
            new SurveyEntities.Campaign(
                null, "全市测评", start, start.plusSeconds(90L * 86400), "bench", start, null, null));
    long id = campaign.id();
    long t0 = System.nanoTime();
    tx.executeWrite(s -> insert(s.getConnection(), id));
    System.out.printf(
        "Loaded %d grids, %d responses, %d ratings in %.1f s%n",
        GRIDS, RESPONSES, 2 * RESPONSES, (System.nanoTime() - t0) / 1e9);
    return campaign;
  }

  private static String catalog(Connection connection) {
    try {
      return connection.getCatalog();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Grid codes: one district, 13 streets × 20 communities × 50 grids. */
  static String grid(int i) {
    int street = i / 1000 + 1;
    int community = i / 50 % 20 + 1;
    int grid = i % 50 + 1;
    return String.format("320800%03d%03d%03d", street, community, grid);
  }

  private static Void insert(Connection connection, long campaign) {
    Random random = new Random(20261128);
    try (Statement s = connection.createStatement()) {
      List<String> grids = new ArrayList<>();
      List<String> workers = new ArrayList<>();
      for (int i = 0; i < GRIDS; i++) {
        String code = grid(i);
        grids.add("(" + campaign + ",'" + code + "')");
        workers.add(
            "(" + campaign + ",'" + code + "'," + (2L * i + 1) + ",'网格长" + i + "','GRID_CHIEF')");
        workers.add(
            "(" + campaign + ",'" + code + "'," + (2L * i + 2) + ",'网格员" + i + "','GRID_WORKER')");
      }
      insert(s, "INSERT INTO survey_campaign_grid (campaign_id, grid_code) VALUES ", grids);
      insert(
          s,
          "INSERT INTO survey_campaign_worker (campaign_id, grid_code, worker_id, worker_name,"
              + " worker_role) VALUES ",
          workers);
      String[] months = {"2026-08", "2026-09", "2026-10"};
      List<String> rows = new ArrayList<>();
      for (int i = 0; i < RESPONSES; i++) {
        // Some grids draw far more answers than others (squared uniform: skewed to low indexes).
        int g = (int) (Math.pow(random.nextDouble(), 2) * GRIDS);
        boolean knows = random.nextInt(100) < 70;
        String device =
            random.nextInt(1000) == 0 ? "'shared-" + random.nextInt(50) + "'" : "'d" + i + "'";
        String comment = random.nextInt(200) == 0 ? "'网格员很负责'" : "NULL";
        String hash =
            comment.equals("NULL") ? "NULL" : "'" + CampaignService.commentHash("网格员很负责") + "'";
        rows.add(
            "("
                + campaign
                + ",'bench:"
                + i
                + "','"
                + grid(g)
                + "',"
                + knows
                + ","
                + comment
                + ","
                + hash
                + ",'10."
                + random.nextInt(256)
                + "."
                + random.nextInt(256)
                + "."
                + random.nextInt(256)
                + "',"
                + device
                + ",NULL,FALSE,FALSE,FALSE,FALSE,FALSE,'"
                + months[random.nextInt(3)]
                + "','2026-08-02 08:00:00','2026-08-02 08:00:00')");
        if (rows.size() == ROWS_PER_INSERT) {
          insert(s, RESPONSE_INSERT, rows);
          rows.clear();
        }
      }
      insert(s, RESPONSE_INSERT, rows);
      // Two ratings per response; the level from the ids, skewed towards satisfied.
      s.executeUpdate(
          "INSERT INTO survey_rating (response_id, worker_id, level) SELECT r.id, w.worker_id,"
              + " CASE MOD(r.id * 7 + w.worker_id * 3, 10) WHEN 0 THEN 1 WHEN 1 THEN 2 WHEN 2 THEN 2"
              + " WHEN 3 THEN 3 WHEN 4 THEN 3 WHEN 5 THEN 3 ELSE 4 END"
              + " FROM survey_response r JOIN survey_campaign_worker w ON w.campaign_id ="
              + " r.campaign_id AND w.grid_code = r.grid_code WHERE r.campaign_id = "
              + campaign);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return null;
  }

  private static final String RESPONSE_INSERT =
      "INSERT INTO survey_response (campaign_id, respondent, grid_code, knows_worker, comment,"
          + " comment_hash, client_address, device_id, account_created_at, flag_burst, flag_device,"
          + " flag_network, flag_comment, flagged, answered_month, created_at, updated_at) VALUES ";

  private static void insert(Statement s, String prefix, List<String> rows) throws SQLException {
    for (int i = 0; i < rows.size(); i += ROWS_PER_INSERT) {
      s.executeUpdate(
          prefix + String.join(",", rows.subList(i, Math.min(rows.size(), i + ROWS_PER_INSERT))));
    }
  }

  private static void time(String label, int runs, Runnable query) {
    query.run();
    long[] nanos = new long[runs];
    for (int i = 0; i < runs; i++) {
      long t = System.nanoTime();
      query.run();
      nanos[i] = System.nanoTime() - t;
    }
    Arrays.sort(nanos);
    System.out.printf(
        "%s: runs %d, p50 %.1f ms, p95 %.1f ms, max %.1f ms%n",
        label,
        runs,
        nanos[runs / 2] / 1e6,
        nanos[(int) Math.ceil(runs * 0.95) - 1] / 1e6,
        nanos[runs - 1] / 1e6);
  }
}
