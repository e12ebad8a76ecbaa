package org.gridlink.surveys;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.gridlink.common.web.ProblemException;

/**
 * Staff: campaigns, results, flagged responses and exports. Grid workers have no route here; no
 * route anywhere names a respondent.
 */
@Controller("/api/v1/admin/surveys")
@Tag(name = "Surveys (staff)")
@Secured({"STAFF", "ADMIN"})
class CampaignAdminController {
  private final CampaignService campaigns;
  private final SurveyRepositories.Campaigns campaignRows;
  private final SurveyRepositories.CampaignGrids campaignGrids;
  private final SurveyRepositories.Responses responses;
  private final Tally tally;
  private final Results results;
  private final Exports exports;
  private final SurveysProperties properties;
  private final Clock clock;

  CampaignAdminController(
      CampaignService campaigns,
      SurveyRepositories.Campaigns campaignRows,
      SurveyRepositories.CampaignGrids campaignGrids,
      SurveyRepositories.Responses responses,
      Tally tally,
      Results results,
      Exports exports,
      SurveysProperties properties,
      Clock clock) {
    this.campaigns = campaigns;
    this.campaignRows = campaignRows;
    this.campaignGrids = campaignGrids;
    this.responses = responses;
    this.tally = tally;
    this.results = results;
    this.exports = exports;
    this.properties = properties;
    this.clock = clock;
  }

  @Operation(summary = "Create a campaign for a set of grids and a period")
  @Post("/campaigns")
  HttpResponse<SurveyRecords.CampaignView> create(
      @Body @Valid SurveyRecords.CampaignBody body, Authentication auth) {
    return HttpResponse.created(view(campaigns.create(body, auth.getName())));
  }

  @Operation(summary = "All campaigns, newest first")
  @Get("/campaigns")
  List<SurveyRecords.CampaignView> list() {
    return campaigns.all().stream().map(this::view).toList();
  }

  @Get("/campaigns/{id}")
  SurveyRecords.CampaignView get(long id) {
    return view(campaigns.find(id));
  }

  @Operation(summary = "Recount now (flags and tally); the job does it every minute anyway")
  @Post("/campaigns/{id}/tally")
  SurveyRecords.CampaignView retally(long id) {
    SurveyEntities.Campaign c = campaigns.find(id);
    Instant now = clock.instant();
    if (campaignRows.leaseTally(id, now, now.plus(properties.getTallyLease())) != 1) {
      throw new ProblemException(HttpStatus.CONFLICT, "conflict", "problem.surveys.tally-busy");
    }
    tally.rebuild(c);
    return view(campaigns.find(id));
  }

  @Operation(summary = "Ranking with intervals, distribution and monthly trend, from the tally")
  @Get("/campaigns/{id}/results")
  SurveyRecords.Results results(
      long id,
      @Nullable @QueryValue Results.Level level,
      @Nullable @QueryValue @Pattern(regexp = "[0-9]{0,32}") String prefix,
      @Nullable @QueryValue @Pattern(regexp = "asc|desc") String order,
      @Nullable @QueryValue @Min(1) @Max(20000) Integer limit) {
    return results.results(
        campaigns.find(id),
        level == null ? Results.Level.GRID : level,
        prefix == null ? "" : prefix,
        "asc".equals(order),
        limit == null ? 50 : limit);
  }

  @Operation(summary = "Flagged responses for review (never who answered)")
  @Get("/campaigns/{id}/flagged")
  List<SurveyRecords.FlaggedView> flagged(long id) {
    campaigns.find(id);
    return responses.findByCampaignIdAndFlaggedOrderByIdDesc(id, true).stream()
        .limit(500)
        .map(
            r ->
                new SurveyRecords.FlaggedView(
                    r.id(), r.gridCode(), Fairness.names(r), r.comment(), r.updatedAt()))
        .toList();
  }

  @Operation(summary = "Export a level of the results as CSV or XLSX")
  @Get("/campaigns/{id}/export")
  HttpResponse<byte[]> export(
      long id,
      @Nullable @QueryValue Results.Level level,
      @Nullable @QueryValue @Pattern(regexp = "csv|xlsx") String format) {
    Results.Level at = level == null ? Results.Level.GRID : level;
    List<SurveyRecords.ResultRow> rows = results.all(campaigns.find(id), at);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    boolean xlsx = "xlsx".equals(format);
    if (xlsx) {
      exports.xlsx(rows, at.name(), out);
    } else {
      exports.csv(rows, out);
    }
    String name = "survey-" + id + "-" + at.name().toLowerCase() + (xlsx ? ".xlsx" : ".csv");
    return HttpResponse.ok(out.toByteArray())
        .contentType(
            xlsx
                ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                : "text/csv; charset=utf-8")
        .header("Content-Disposition", "attachment; filename=\"" + name + "\"");
  }

  private SurveyRecords.CampaignView view(SurveyEntities.Campaign c) {
    return new SurveyRecords.CampaignView(
        c.id(),
        c.name(),
        c.startsAt(),
        c.endsAt(),
        campaigns.state(c),
        campaignGrids.countByIdCampaignId(c.id()),
        c.talliedAt());
  }
}
