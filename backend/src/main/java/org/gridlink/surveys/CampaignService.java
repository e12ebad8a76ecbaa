package org.gridlink.surveys;

import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.gridlink.common.web.ProblemException;
import org.gridlink.grids.GridsFacade;
import org.gridlink.identity.IdentityFacade;
import org.gridlink.workers.WorkerCard;
import org.gridlink.workers.WorkersFacade;

/** Campaigns: staff create them; eligible residents answer once and may change until the close. */
@Singleton
class CampaignService {
  /** Months of the trend are the city's months. */
  static final ZoneId CITY = ZoneId.of("Asia/Shanghai");

  private final SurveyRepositories.Campaigns campaigns;
  private final SurveyRepositories.CampaignGrids campaignGrids;
  private final SurveyRepositories.CampaignWorkers campaignWorkers;
  private final SurveyRepositories.Ratings ratings;
  private final Eligibility eligibility;
  private final GridsFacade grids;
  private final WorkersFacade workers;
  private final IdentityFacade identity;
  private final Sql sql;
  private final Clock clock;

  CampaignService(
      SurveyRepositories.Campaigns campaigns,
      SurveyRepositories.CampaignGrids campaignGrids,
      SurveyRepositories.CampaignWorkers campaignWorkers,
      SurveyRepositories.Ratings ratings,
      Eligibility eligibility,
      GridsFacade grids,
      WorkersFacade workers,
      IdentityFacade identity,
      Sql sql,
      Clock clock) {
    this.campaigns = campaigns;
    this.campaignGrids = campaignGrids;
    this.campaignWorkers = campaignWorkers;
    this.ratings = ratings;
    this.eligibility = eligibility;
    this.grids = grids;
    this.workers = workers;
    this.identity = identity;
    this.sql = sql;
    this.clock = clock;
  }

  /** Creates a campaign and takes a snapshot of the workers serving each of its grids. */
  @Transactional
  SurveyEntities.Campaign create(SurveyRecords.CampaignBody body, String staff) {
    if (!body.startsAt().isBefore(body.endsAt())) {
      throw ProblemException.badRequest("problem.surveys.bad-period");
    }
    Set<String> codes = new LinkedHashSet<>(body.gridCodes());
    for (String code : codes) {
      if (!grids.exists(code)) {
        throw ProblemException.badRequest("problem.surveys.unknown-grid", code);
      }
    }
    SurveyEntities.Campaign saved =
        campaigns.save(
            new SurveyEntities.Campaign(
                null,
                body.name(),
                body.startsAt(),
                body.endsAt(),
                staff,
                clock.instant(),
                null,
                null));
    for (String code : codes) {
      campaignGrids.save(
          new SurveyEntities.CampaignGrid(new SurveyEntities.CampaignGridId(saved.id(), code)));
      for (WorkerCard w : workers.servingGrid(code)) {
        campaignWorkers.save(
            new SurveyEntities.CampaignWorker(
                new SurveyEntities.CampaignWorkerId(saved.id(), code, w.id()),
                w.name(),
                w.role().name()));
      }
    }
    return saved;
  }

  SurveyEntities.Campaign find(long id) {
    return campaigns
        .findById(id)
        .orElseThrow(() -> ProblemException.notFound("problem.surveys.campaign-not-found"));
  }

  /**
   * Records the resident's response, or replaces it: one row per resident and campaign, kept by the
   * unique key with an upsert, so parallel submissions end as one row whatever the client does.
   */
  @Transactional
  long respond(
      long campaignId,
      String subject,
      SurveyRecords.ResponseBody body,
      String clientAddress,
      String deviceId) {
    SurveyEntities.Campaign campaign = find(campaignId);
    Instant now = clock.instant();
    if (!campaign.isOpen(now)) {
      throw new ProblemException(
          HttpStatus.CONFLICT, "conflict", "problem.surveys.campaign-closed");
    }
    if (!eligibility.grids(subject, campaign).contains(body.gridCode())) {
      throw new ProblemException(HttpStatus.FORBIDDEN, "forbidden", "problem.surveys.not-eligible");
    }
    Set<Long> known = new HashSet<>();
    campaignWorkers
        .findByIdCampaignIdAndIdGridCode(campaignId, body.gridCode())
        .forEach(w -> known.add(w.id().workerId()));
    Set<Long> rated = new HashSet<>();
    for (SurveyRecords.WorkerRating r : body.ratings()) {
      if (!known.contains(r.workerId()) || !rated.add(r.workerId())) {
        throw ProblemException.badRequest("problem.surveys.bad-worker", r.workerId());
      }
    }
    String comment = body.comment() == null || body.comment().isBlank() ? null : body.comment();
    Instant accountCreatedAt = identity.accountCreatedAt(subject).orElse(null);
    sql.update(
        "INSERT INTO survey_response (campaign_id, respondent, grid_code, knows_worker, comment,"
            + " comment_hash, client_address, device_id, account_created_at, flag_burst,"
            + " flag_device, flag_network, flag_comment, flagged, answered_month, created_at,"
            + " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE, FALSE, FALSE, FALSE, FALSE,"
            + " ?, ?, ?) ON DUPLICATE KEY UPDATE grid_code = VALUES(grid_code), knows_worker ="
            + " VALUES(knows_worker), comment = VALUES(comment), comment_hash ="
            + " VALUES(comment_hash), client_address = VALUES(client_address), device_id ="
            + " VALUES(device_id), answered_month = VALUES(answered_month), updated_at ="
            + " VALUES(updated_at)",
        campaignId,
        subject,
        body.gridCode(),
        body.knowsWorker(),
        comment,
        commentHash(comment),
        clientAddress,
        deviceId,
        accountCreatedAt,
        YearMonth.from(now.atZone(CITY)).toString(),
        now,
        now);
    // A locking read: under REPEATABLE READ a plain read would use the snapshot taken before a
    // parallel submission committed the row this upsert then left unchanged.
    long responseId =
        sql.query(
                "SELECT id FROM survey_response WHERE campaign_id = ? AND respondent = ? FOR UPDATE",
                rs -> rs.getLong(1),
                campaignId,
                subject)
            .get(0);
    ratings.deleteByIdResponseId(responseId);
    for (SurveyRecords.WorkerRating r : body.ratings()) {
      ratings.save(
          new SurveyEntities.Rating(
              new SurveyEntities.RatingId(responseId, r.workerId()), r.level().score()));
    }
    return responseId;
  }

  /**
   * The same words count as the same comment whatever the spacing, case or punctuation around them;
   * null for no comment.
   */
  static String commentHash(String comment) {
    if (comment == null) {
      return null;
    }
    String normal =
        comment.toLowerCase(Locale.ROOT).replaceAll("[\\p{Punct}\\p{IsPunctuation}\\s]", "");
    if (normal.isEmpty()) {
      return null;
    }
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(normal.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  List<SurveyEntities.Campaign> all() {
    return campaigns.findAllOrderByStartsAtDesc();
  }

  String state(SurveyEntities.Campaign c) {
    Instant now = clock.instant();
    return now.isBefore(c.startsAt()) ? "UPCOMING" : c.isOpen(now) ? "OPEN" : "CLOSED";
  }
}
