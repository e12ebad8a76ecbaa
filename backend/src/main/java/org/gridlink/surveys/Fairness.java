package org.gridlink.surveys;

import jakarta.inject.Singleton;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The rules that flag responses for staff review. Flags are recomputed from all of a campaign's
 * responses before every tally (so two parallel submissions cannot slip under a threshold, and a
 * changed comment can lose its flag). Flagged responses stay in the data and are counted
 * separately; nothing is dropped.
 */
@Singleton
class Fairness {
  static final String BURST = "NEW_ACCOUNT_BURST";
  static final String DEVICE = "SAME_DEVICE";
  static final String NETWORK = "SAME_NETWORK";
  static final String COMMENT = "SAME_COMMENT";
  private static final int BATCH = 500;

  private final Sql sql;
  private final SurveysProperties properties;

  Fairness(Sql sql, SurveysProperties properties) {
    this.sql = sql;
    this.properties = properties;
  }

  void apply(SurveyEntities.Campaign campaign) {
    long id = campaign.id();
    sameKey(id, "flag_device", "device_id", properties.getPerDevice());
    sameKey(id, "flag_network", "client_address", properties.getPerNetwork());
    sameKey(id, "flag_comment", "comment_hash", properties.getSameComment() - 1);
    bursts(campaign);
    sql.update(
        "UPDATE survey_response SET flagged = NOT flagged WHERE campaign_id = ? AND flagged <>"
            + " (flag_burst OR flag_device OR flag_network OR flag_comment)",
        id);
  }

  /** Sets {@code flag} exactly on the responses whose {@code key} occurs more than {@code max}. */
  private void sameKey(long campaignId, String flag, String key, int max) {
    sql.update(
        "UPDATE survey_response SET "
            + flag
            + " = NOT "
            + flag
            + " WHERE campaign_id = ? AND "
            + flag
            + " <> COALESCE("
            + key
            + " IN (SELECT k FROM (SELECT "
            + key
            + " AS k FROM survey_response WHERE campaign_id = ? AND "
            + key
            + " IS NOT NULL GROUP BY "
            + key
            + " HAVING COUNT(*) > ?) many), FALSE)",
        campaignId,
        campaignId,
        max);
  }

  /**
   * Responses from accounts created after the campaign started, when at least burst-size of them
   * arrived in one grid within the burst window.
   */
  private void bursts(SurveyEntities.Campaign campaign) {
    record Row(long id, String grid, Instant at) {}
    List<Row> rows =
        sql.query(
            "SELECT id, grid_code, created_at FROM survey_response WHERE campaign_id = ? AND"
                + " account_created_at > ? ORDER BY grid_code, created_at",
            rs ->
                new Row(
                    rs.getLong(1), rs.getString(2), rs.getObject(3, Timestamp.class).toInstant()),
            campaign.id(),
            campaign.startsAt());
    boolean[] inBurst = new boolean[rows.size()];
    int from = 0;
    for (int to = 0; to < rows.size(); to++) {
      Row last = rows.get(to);
      while (!rows.get(from).grid().equals(last.grid())
          || rows.get(from).at().plus(properties.getBurstWindow()).isBefore(last.at())) {
        from++;
      }
      if (to - from + 1 >= properties.getBurstSize()) {
        for (int i = from; i <= to; i++) {
          inBurst[i] = true;
        }
      }
    }
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      if (inBurst[i]) {
        ids.add(rows.get(i).id());
      }
    }
    sql.update(
        "UPDATE survey_response SET flag_burst = FALSE WHERE campaign_id = ? AND flag_burst",
        campaign.id());
    for (int i = 0; i < ids.size(); i += BATCH) {
      List<Long> batch = ids.subList(i, Math.min(ids.size(), i + BATCH));
      sql.update(
          "UPDATE survey_response SET flag_burst = TRUE WHERE id IN ("
              + String.join(",", Collections.nCopies(batch.size(), "?"))
              + ")",
          batch.toArray());
    }
  }

  /** The names of the flags a response carries, for the review list. */
  static List<String> names(SurveyEntities.Response r) {
    List<String> out = new ArrayList<>();
    if (r.flagBurst()) {
      out.add(BURST);
    }
    if (r.flagDevice()) {
      out.add(DEVICE);
    }
    if (r.flagNetwork()) {
      out.add(NETWORK);
    }
    if (r.flagComment()) {
      out.add(COMMENT);
    }
    return out;
  }
}
