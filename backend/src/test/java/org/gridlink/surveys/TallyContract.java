package org.gridlink.surveys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.gridlink.support.Api;
import org.gridlink.support.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The tally and the figures on a small data set written straight into the tables, checked against
 * numbers computed by hand (in the comments); and the fairness flags.
 */
abstract class TallyContract {
  private static final double EPS = 1e-6;

  @Inject SurveyRepositories.Campaigns campaigns;
  @Inject SurveyRepositories.CampaignWorkers workers;
  @Inject SurveyRepositories.Responses responses;
  @Inject SurveyRepositories.Ratings ratings;
  @Inject Tally tally;
  @Inject Results results;
  @Inject Api api;
  @Inject TestAccounts accounts;

  String community;
  String g1;
  String g2;
  Instant start;
  SurveyEntities.Campaign campaign;

  @BeforeEach
  void campaign() {
    community =
        "6" + String.format("%011d", ThreadLocalRandom.current().nextLong(100_000_000_000L));
    g1 = community + "001";
    g2 = community + "002";
    start = Instant.parse("2026-10-01T00:00:00Z");
    campaign =
        campaigns.save(
            new SurveyEntities.Campaign(
                null, "手算", start, start.plus(Duration.ofDays(60)), "test", start, null, null));
    worker(g1, 1, "甲");
    worker(g1, 2, "乙");
    worker(g2, 3, "丙");
  }

  private void worker(String grid, long id, String name) {
    workers.save(
        new SurveyEntities.CampaignWorker(
            new SurveyEntities.CampaignWorkerId(campaign.id(), grid, id), name, "GRID_WORKER"));
  }

  /** One response; ratings are worker id, level pairs. */
  long respond(
      String grid,
      boolean knows,
      String month,
      String device,
      String comment,
      Instant accountCreated,
      Instant at,
      long... workerLevels) {
    SurveyEntities.Response r =
        responses.save(
            new SurveyEntities.Response(
                null,
                campaign.id(),
                "resident:" + UUID.randomUUID(),
                grid,
                knows,
                comment,
                CampaignService.commentHash(comment),
                "10.0.0." + ThreadLocalRandom.current().nextInt(250),
                device,
                accountCreated,
                false,
                false,
                false,
                false,
                false,
                month,
                at,
                at));
    for (int i = 0; i < workerLevels.length; i += 2) {
      ratings.save(
          new SurveyEntities.Rating(
              new SurveyEntities.RatingId(r.id(), workerLevels[i]), (int) workerLevels[i + 1]));
    }
    return r.id();
  }

  long plain(String grid, boolean knows, String month, long... workerLevels) {
    return respond(grid, knows, month, null, null, null, start.plusSeconds(60), workerLevels);
  }

  SurveyEntities.Campaign tallied() {
    tally.rebuild(campaigns.findById(campaign.id()).orElseThrow());
    return campaigns.findById(campaign.id()).orElseThrow();
  }

  SurveyRecords.ResultRow row(SurveyRecords.Results r, String code) {
    return r.rows().stream().filter(x -> x.code().equals(code)).findFirst().orElseThrow();
  }

  @Test
  void figuresMatchTheHandComputedOnes() {
    plain(g1, true, "2026-10", 1, 4, 2, 3);
    plain(g1, true, "2026-10", 1, 3, 2, 1);
    plain(g1, false, "2026-11", 1, 1, 2, 2);
    plain(g2, true, "2026-11", 3, 4);
    for (int i = 0; i < 3; i++) {
      // One device, three answers: flagged (more than per-device 2), counted apart.
      respond(g2, false, "2026-11", "same-phone", null, null, start.plusSeconds(90), 3, 1);
    }
    SurveyEntities.Campaign c = tallied();

    var byWorker = results.results(c, Results.Level.WORKER, community, false, 10);
    // Unflagged: 7 ratings, 5 of them basically satisfied or better.
    assertThat(byWorker.cityMean()).isCloseTo(5.0 / 7, within(EPS));
    var w1 = row(byWorker, "1");
    assertThat(w1.gridCode()).isEqualTo(g1);
    assertThat(w1.name()).isEqualTo("甲");
    assertThat(w1.ratings()).isEqualTo(3);
    assertThat(w1.satisfactionRate()).isCloseTo(2.0 / 3, within(EPS));
    // (10 × 5/7 + 2) / (10 + 3)
    assertThat(w1.smoothed()).isCloseTo((10 * 5.0 / 7 + 2) / 13, within(EPS));
    // Wilson 95 % for 2 of 3: [0.2077, 0.9385]
    assertThat(w1.low()).isCloseTo(0.20765, within(1e-4));
    assertThat(w1.high()).isCloseTo(0.93851, within(1e-4));
    var w3 = row(byWorker, "3");
    assertThat(w3.ratings()).isEqualTo(1);
    assertThat(w3.flaggedResponses()).isEqualTo(3);
    assertThat(w3.smoothed()).isCloseTo((10 * 5.0 / 7 + 1) / 11, within(EPS));
    // The ranking puts w3 (smoothed 0.740) before w1 (0.703) and w2 (0.703).
    assertThat(byWorker.rows().get(0).code()).isEqualTo("3");

    var byGrid = results.results(c, Results.Level.GRID, community, false, 10);
    var grid1 = row(byGrid, g1);
    assertThat(grid1.responses()).isEqualTo(3);
    assertThat(grid1.ratings()).isEqualTo(6);
    assertThat(grid1.satisfactionRate()).isCloseTo(4.0 / 6, within(EPS));
    assertThat(grid1.awareness()).isCloseTo(2.0 / 3, within(EPS));
    var grid2 = row(byGrid, g2);
    assertThat(grid2.responses()).isEqualTo(1);
    assertThat(grid2.flaggedResponses()).isEqualTo(3);
    assertThat(grid2.awareness()).isCloseTo(1.0, within(EPS));

    var byStreet = results.results(c, Results.Level.STREET, community.substring(0, 9), false, 10);
    var street = row(byStreet, community.substring(0, 9));
    assertThat(street.responses()).isEqualTo(4);
    assertThat(street.flaggedResponses()).isEqualTo(3);
    assertThat(street.satisfactionRate()).isCloseTo(5.0 / 7, within(EPS));
    assertThat(street.awareness()).isCloseTo(0.75, within(EPS));
    assertThat(byStreet.very()).isEqualTo(2);
    assertThat(byStreet.satisfied()).isEqualTo(2);
    assertThat(byStreet.basic()).isEqualTo(1);
    assertThat(byStreet.dissatisfied()).isEqualTo(2);

    var community12 = results.results(c, Results.Level.COMMUNITY, community, false, 10);
    assertThat(row(community12, community).ratings()).isEqualTo(7);

    // October: 4 ratings, 3 positive; November (unflagged): 3 ratings, 2 positive.
    assertThat(byGrid.trend()).hasSize(2);
    assertThat(byGrid.trend().get(0).month()).isEqualTo("2026-10");
    assertThat(byGrid.trend().get(0).satisfactionRate()).isCloseTo(0.75, within(EPS));
    assertThat(byGrid.trend().get(1).ratings()).isEqualTo(3);
    assertThat(byGrid.trend().get(1).responses()).isEqualTo(2);
  }

  @Test
  void fairnessFlagsBurstsDevicesAndSameCommentsAndTheyCanBeReviewed() {
    Instant newAccount = start.plus(Duration.ofHours(1));
    Instant t = start.plus(Duration.ofHours(2));
    // Five new accounts in g1 within the hour: a burst. Four in g2 spread over hours: not.
    for (int i = 0; i < 5; i++) {
      respond(g1, true, "2026-10", null, null, newAccount, t.plusSeconds(600L * i), 1, 4);
    }
    for (int i = 0; i < 4; i++) {
      respond(g2, true, "2026-10", null, null, newAccount, t.plus(Duration.ofHours(2L * i)), 3, 4);
    }
    // The same words three times, whatever the spacing and punctuation.
    long c1 = plain(g2, true, "2026-10", 3, 1);
    for (String text : List.of("网格员从不来！", "网格员 从不来", "网格员从不来。")) {
      respond(g2, true, "2026-10", null, text, null, t, 3, 1);
    }
    long unique = respond(g2, true, "2026-10", null, "很好", null, t, 3, 4);
    SurveyEntities.Campaign c = tallied();

    var flagged = responses.findByCampaignIdAndFlaggedOrderByIdDesc(c.id(), true);
    assertThat(flagged).hasSize(8);
    assertThat(flagged.stream().filter(SurveyEntities.Response::flagBurst)).hasSize(5);
    assertThat(flagged.stream().filter(SurveyEntities.Response::flagComment)).hasSize(3);
    assertThat(flagged).extracting(SurveyEntities.Response::id).doesNotContain(c1, unique);
    var grids = results.results(c, Results.Level.GRID, community, false, 10);
    assertThat(row(grids, g1).flaggedResponses()).isEqualTo(5);
    assertThat(row(grids, g1).responses()).isZero();
    assertThat(row(grids, g2).flaggedResponses()).isEqualTo(3);
    assertThat(row(grids, g2).responses()).isEqualTo(6);

    var review =
        api.get("/api/v1/admin/surveys/campaigns/" + c.id() + "/flagged")
            .bearer(accounts.dev("STAFF", "review"))
            .send();
    assertThat(review.status()).as(review.body()).isEqualTo(200);
    assertThat(review.body()).contains("NEW_ACCOUNT_BURST").contains("SAME_COMMENT");
    assertThat(review.body()).doesNotContain("resident:");

    // A changed comment loses its flag at the next tally; nothing was deleted.
    long total = responses.count();
    responses.findByCampaignIdAndFlaggedOrderByIdDesc(c.id(), true).stream()
        .filter(SurveyEntities.Response::flagComment)
        .findFirst()
        .ifPresent(
            r ->
                responses.update(
                    new SurveyEntities.Response(
                        r.id(),
                        r.campaignId(),
                        r.respondent(),
                        r.gridCode(),
                        r.knowsWorker(),
                        "换了说法",
                        CampaignService.commentHash("换了说法"),
                        r.clientAddress(),
                        r.deviceId(),
                        r.accountCreatedAt(),
                        r.flagBurst(),
                        r.flagDevice(),
                        r.flagNetwork(),
                        r.flagComment(),
                        r.flagged(),
                        r.answeredMonth(),
                        r.createdAt(),
                        r.updatedAt())));
    tallied();
    assertThat(responses.findByCampaignIdAndFlaggedOrderByIdDesc(c.id(), true)).hasSize(5);
    assertThat(responses.count()).isEqualTo(total);
  }
}
