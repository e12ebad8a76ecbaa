package org.gridlink.surveys;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Data access of the surveys feature. */
final class SurveyRepositories {
  private SurveyRepositories() {}

  @JdbcRepository(dialect = Dialect.MYSQL)
  interface Followups extends CrudRepository<SurveyEntities.Followup, Long> {
    List<SurveyEntities.Followup> findByRespondentOrderByCreatedAtDesc(String respondent);

    long countByRefTypeAndRefId(SurveyEntities.RefType refType, long refId);

    boolean existsByRefTypeAndRefIdAndAnsweredAtIsNullAndExpiresAtGreaterThan(
        SurveyEntities.RefType refType, long refId, Instant now);

    /**
     * Follow-ups that may need a reminder: unanswered, never reminded, asked before {@code before}.
     */
    List<SurveyEntities.Followup>
        findByAnsweredAtIsNullAndRemindedAtIsNullAndCreatedAtLessThanAndExpiresAtGreaterThan(
            Instant before, Instant now);

    /** The caller takes the reminder when this returns 1; another instance got it otherwise. */
    @Query(
        "UPDATE survey_followup SET reminded_at = :now WHERE id = :id AND reminded_at IS NULL"
            + " AND answered_at IS NULL")
    int claimReminder(long id, Instant now);

    /** Answers once: 1 when this call recorded the answer. */
    @Query(
        "UPDATE survey_followup SET answered_at = :now, fixed = :fixed, satisfaction ="
            + " :satisfaction, comment = :comment WHERE id = :id AND answered_at IS NULL")
    int answer(long id, String fixed, int satisfaction, @Nullable String comment, Instant now);

    /** The grids where this resident had a case or request handled (asked about) before then. */
    @Query(
        "SELECT DISTINCT grid_code FROM survey_followup WHERE respondent = :respondent"
            + " AND grid_code IS NOT NULL AND created_at < :before")
    List<String> handledGrids(String respondent, Instant before);
  }

  @JdbcRepository(dialect = Dialect.MYSQL)
  interface Campaigns extends CrudRepository<SurveyEntities.Campaign, Long> {
    List<SurveyEntities.Campaign> findAllOrderByStartsAtDesc();

    List<SurveyEntities.Campaign> findByStartsAtLessThanEqualsAndEndsAtGreaterThan(
        Instant now, Instant now2);

    /** Campaigns whose tally may be stale: open ones, and closed ones not tallied since closing. */
    @Query(
        "SELECT * FROM survey_campaign WHERE starts_at <= :now AND (tallied_at IS NULL OR"
            + " tallied_at < ends_at)")
    List<SurveyEntities.Campaign> untallied(Instant now);

    /** One instance tallies a campaign at a time: 1 when this caller took the lease. */
    @Query(
        "UPDATE survey_campaign SET tally_lease_until = :until WHERE id = :id AND"
            + " (tally_lease_until IS NULL OR tally_lease_until < :now)")
    int leaseTally(long id, Instant now, Instant until);

    @Query("UPDATE survey_campaign SET tallied_at = :at, tally_lease_until = NULL WHERE id = :id")
    void tallied(long id, Instant at);
  }

  @JdbcRepository(dialect = Dialect.MYSQL)
  interface CampaignGrids
      extends CrudRepository<SurveyEntities.CampaignGrid, SurveyEntities.CampaignGridId> {
    @Query("SELECT grid_code FROM survey_campaign_grid WHERE campaign_id = :campaignId")
    List<String> gridCodes(long campaignId);

    @Query(
        "SELECT grid_code FROM survey_campaign_grid WHERE campaign_id = :campaignId AND grid_code"
            + " IN (:codes)")
    List<String> within(long campaignId, Collection<String> codes);

    long countByIdCampaignId(long campaignId);
  }

  @JdbcRepository(dialect = Dialect.MYSQL)
  interface CampaignWorkers
      extends CrudRepository<SurveyEntities.CampaignWorker, SurveyEntities.CampaignWorkerId> {
    List<SurveyEntities.CampaignWorker> findByIdCampaignIdAndIdGridCode(
        long campaignId, String gridCode);

    List<SurveyEntities.CampaignWorker> findByIdCampaignId(long campaignId);
  }

  @JdbcRepository(dialect = Dialect.MYSQL)
  interface Responses extends CrudRepository<SurveyEntities.Response, Long> {
    Optional<SurveyEntities.Response> findByCampaignIdAndRespondent(
        long campaignId, String respondent);

    List<SurveyEntities.Response> findByRespondent(String respondent);

    List<SurveyEntities.Response> findByCampaignIdAndFlaggedOrderByIdDesc(
        long campaignId, boolean flagged);
  }

  @JdbcRepository(dialect = Dialect.MYSQL)
  interface Ratings extends CrudRepository<SurveyEntities.Rating, SurveyEntities.RatingId> {
    List<SurveyEntities.Rating> findByIdResponseId(long responseId);

    void deleteByIdResponseId(long responseId);
  }
}
