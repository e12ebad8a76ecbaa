package org.gridlink.surveys;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;

/**
 * Rebuilds a campaign's pre-aggregated counts (survey_tally) from its responses, after applying the
 * fairness rules, then the stored rankings ({@link Results#rank}). The dashboard and the exports
 * read only those, so a city-wide ranking reads its top rows through an index instead of grouping
 * millions of responses. Runs in one transaction: readers see the previous figures until the new
 * ones are committed.
 */
@Singleton
class Tally {
  private final Sql sql;
  private final Fairness fairness;
  private final Results results;
  private final SurveyRepositories.Campaigns campaigns;
  private final Clock clock;

  Tally(
      Sql sql,
      Fairness fairness,
      Results results,
      SurveyRepositories.Campaigns campaigns,
      Clock clock) {
    this.sql = sql;
    this.fairness = fairness;
    this.results = results;
    this.campaigns = campaigns;
    this.clock = clock;
  }

  @Transactional
  void rebuild(SurveyEntities.Campaign campaign) {
    Instant started = clock.instant();
    fairness.apply(campaign);
    long id = campaign.id();
    sql.update("DELETE FROM survey_tally WHERE campaign_id = ?", id);
    sql.update(
        "INSERT INTO survey_tally (campaign_id, grid_code, worker_id, answered_month, flagged,"
            + " responses, very, satisfied, basic, dissatisfied, knows)"
            + " SELECT r.campaign_id, r.grid_code, t.worker_id, r.answered_month, r.flagged,"
            + " COUNT(*),"
            + level(4)
            + level(3)
            + level(2)
            + level(1)
            + " SUM(CASE WHEN r.knows_worker THEN 1 ELSE 0 END)"
            + " FROM survey_response r JOIN survey_rating t ON t.response_id = r.id"
            + " WHERE r.campaign_id = ?"
            + " GROUP BY r.campaign_id, r.grid_code, t.worker_id, r.answered_month, r.flagged",
        id);
    sql.update(
        "INSERT INTO survey_tally (campaign_id, grid_code, worker_id, answered_month, flagged,"
            + " responses, very, satisfied, basic, dissatisfied, knows)"
            + " SELECT r.campaign_id, r.grid_code, 0, r.answered_month, r.flagged, COUNT(*),"
            + " 0, 0, 0, 0, SUM(CASE WHEN r.knows_worker THEN 1 ELSE 0 END)"
            + " FROM survey_response r WHERE r.campaign_id = ?"
            + " GROUP BY r.campaign_id, r.grid_code, r.answered_month, r.flagged",
        id);
    results.rank(id);
    campaigns.tallied(id, started);
  }

  private static String level(int score) {
    return " SUM(CASE WHEN t.level = " + score + " THEN 1 ELSE 0 END),";
  }
}
