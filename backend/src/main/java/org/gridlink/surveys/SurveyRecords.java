package org.gridlink.surveys;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/**
 * What the surveys API sends and receives. Never an entity, never a respondent to a worker. Empty
 * lists and nulls are sent (ALWAYS): clients read {@code followups: []}, not a missing field.
 */
final class SurveyRecords {
  private SurveyRecords() {}

  @Serdeable
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record FollowupView(
      long id,
      SurveyEntities.RefType refType,
      long refId,
      Instant createdAt,
      Instant expiresAt,
      boolean open,
      @Nullable SurveyEntities.Fixed fixed,
      @Nullable Integer satisfaction,
      @Nullable String comment,
      @Nullable Instant answeredAt) {}

  /** The one-tap answer: fixed or not, 1-5, and an optional comment. */
  @Serdeable
  record FollowupAnswer(
      @NotNull SurveyEntities.Fixed fixed,
      @Min(1) @Max(5) int satisfaction,
      @Nullable @Size(max = 500) String comment) {}

  @Serdeable
  record WorkerToRate(long id, String name, String role) {}

  @Serdeable
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record GridToRate(String gridCode, List<WorkerToRate> workers) {}

  @Serdeable
  record WorkerRating(long workerId, @NotNull Level level) {}

  @Serdeable
  record ResponseBody(
      @NotBlank @Size(max = 32) String gridCode,
      boolean knowsWorker,
      @NotNull @Size(max = 20) List<@Valid @NotNull WorkerRating> ratings,
      @Nullable @Size(max = 500) String comment) {}

  @Serdeable
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record MyResponse(
      String gridCode,
      boolean knowsWorker,
      List<WorkerRating> ratings,
      @Nullable String comment,
      Instant updatedAt) {}

  @Serdeable
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record CampaignInvite(
      long id,
      String name,
      Instant startsAt,
      Instant endsAt,
      boolean open,
      List<GridToRate> grids,
      @Nullable MyResponse response) {}

  /** GET /api/v1/surveys: the caller's own follow-ups and the campaigns they may answer. */
  @Serdeable
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record MySurveys(List<FollowupView> followups, List<CampaignInvite> campaigns) {}

  @Serdeable
  record CampaignBody(
      @NotBlank @Size(max = 100) String name,
      @NotNull Instant startsAt,
      @NotNull Instant endsAt,
      @NotEmpty @Size(max = 20000) List<@NotBlank @Size(max = 32) String> gridCodes) {}

  @Serdeable
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record CampaignView(
      long id,
      String name,
      Instant startsAt,
      Instant endsAt,
      String state,
      long grids,
      @Nullable Instant talliedAt) {}

  /** One row of a ranking: a worker, grid, community or street. Rates are 0..1. */
  @Serdeable
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record ResultRow(
      String code,
      @Nullable String name,
      @Nullable String gridCode,
      long responses,
      long flaggedResponses,
      long ratings,
      long very,
      long satisfied,
      long basic,
      long dissatisfied,
      double satisfactionRate,
      double smoothed,
      double low,
      double high,
      @Nullable Double awareness) {}

  @Serdeable
  record TrendPoint(String month, long ratings, double satisfactionRate, long responses) {}

  @Serdeable
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record Results(
      long campaignId,
      String level,
      double cityMean,
      long responses,
      long flaggedResponses,
      long very,
      long satisfied,
      long basic,
      long dissatisfied,
      List<ResultRow> rows,
      List<TrendPoint> trend,
      @Nullable Instant talliedAt) {}

  /** A flagged response for staff review: never who answered. */
  @Serdeable
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record FlaggedView(
      long responseId,
      String gridCode,
      List<String> flags,
      @Nullable String comment,
      Instant updatedAt) {}
}
