package org.gridlink.surveys;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import java.time.Instant;

/** The rows of the surveys feature. */
final class SurveyEntities {
  private SurveyEntities() {}

  /** What a follow-up asks about. */
  enum RefType {
    REPORT,
    SERVICE_REQUEST
  }

  /** The resident's answer to "has it been fixed?". */
  enum Fixed {
    YES,
    NO,
    DONT_KNOW
  }

  /** One "has it been fixed?" question to a resident, open for a fixed number of days. */
  @MappedEntity("survey_followup")
  record Followup(
      @Id @GeneratedValue @Nullable Long id,
      String respondent,
      RefType refType,
      long refId,
      int roundNo,
      @Nullable String gridCode,
      Instant createdAt,
      Instant expiresAt,
      @Nullable Instant remindedAt,
      @Nullable Instant answeredAt,
      @Nullable Fixed fixed,
      @Nullable Integer satisfaction,
      @Nullable String comment) {

    boolean isOpen(Instant now) {
      return answeredAt == null && now.isBefore(expiresAt);
    }

    Followup answered(Fixed answer, int score, String text, Instant now) {
      return new Followup(
          id,
          respondent,
          refType,
          refId,
          roundNo,
          gridCode,
          createdAt,
          expiresAt,
          remindedAt,
          now,
          answer,
          score,
          text);
    }
  }

  @MappedEntity("survey_campaign")
  record Campaign(
      @Id @GeneratedValue @Nullable Long id,
      String name,
      Instant startsAt,
      Instant endsAt,
      String createdBy,
      Instant createdAt,
      @Nullable Instant talliedAt,
      @Nullable Instant tallyLeaseUntil) {

    boolean isOpen(Instant now) {
      return !now.isBefore(startsAt) && now.isBefore(endsAt);
    }
  }

  @Embeddable
  record CampaignGridId(
      @MappedProperty("campaign_id") long campaignId,
      @MappedProperty("grid_code") String gridCode) {}

  @MappedEntity("survey_campaign_grid")
  record CampaignGrid(@EmbeddedId CampaignGridId id) {}

  @Embeddable
  record CampaignWorkerId(
      @MappedProperty("campaign_id") long campaignId,
      @MappedProperty("grid_code") String gridCode,
      @MappedProperty("worker_id") long workerId) {}

  /** A worker the campaign asks about, as they served the grid when the campaign was created. */
  @MappedEntity("survey_campaign_worker")
  record CampaignWorker(@EmbeddedId CampaignWorkerId id, String workerName, String workerRole) {}

  /** A resident's one response to a campaign; changed in place until the campaign closes. */
  @MappedEntity("survey_response")
  record Response(
      @Id @GeneratedValue @Nullable Long id,
      long campaignId,
      String respondent,
      String gridCode,
      boolean knowsWorker,
      @Nullable String comment,
      @Nullable String commentHash,
      String clientAddress,
      @Nullable String deviceId,
      @Nullable Instant accountCreatedAt,
      boolean flagBurst,
      boolean flagDevice,
      boolean flagNetwork,
      boolean flagComment,
      boolean flagged,
      String answeredMonth,
      Instant createdAt,
      Instant updatedAt) {}

  @Embeddable
  record RatingId(
      @MappedProperty("response_id") long responseId, @MappedProperty("worker_id") long workerId) {}

  /** One worker's rating in one response: {@link Level}. */
  @MappedEntity("survey_rating")
  record Rating(@EmbeddedId RatingId id, int level) {}
}
