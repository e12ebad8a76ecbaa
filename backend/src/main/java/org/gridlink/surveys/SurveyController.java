package org.gridlink.surveys;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.Clock;

/** The resident's side: my surveys, the one-tap follow-up answer, a campaign response. */
@Controller("/api/v1/surveys")
@Tag(name = "Surveys")
@Secured("RESIDENT")
class SurveyController {
  static final String DEVICE_HEADER = "X-Device-Id";
  private final MySurveys mine;
  private final FollowupService followups;
  private final CampaignService campaigns;
  private final HttpClientAddressResolver addresses;
  private final Clock clock;

  SurveyController(
      MySurveys mine,
      FollowupService followups,
      CampaignService campaigns,
      HttpClientAddressResolver addresses,
      Clock clock) {
    this.mine = mine;
    this.followups = followups;
    this.campaigns = campaigns;
    this.addresses = addresses;
    this.clock = clock;
  }

  @Operation(summary = "My follow-ups and the campaigns I may answer (only my own)")
  @Get
  SurveyRecords.MySurveys list(Authentication auth) {
    return mine.of(auth.getName());
  }

  @Operation(summary = "Answer a follow-up in one request: fixed?, 1-5, optional comment")
  @Post("/followups/{id}/answer")
  SurveyRecords.FollowupView answer(
      long id, @Body @Valid SurveyRecords.FollowupAnswer body, Authentication auth) {
    return MySurveys.view(followups.answer(id, auth.getName(), body), clock.instant());
  }

  @Operation(summary = "My response to a campaign; sending it again changes it until the close")
  @Put("/campaigns/{id}/response")
  SurveyRecords.CampaignInvite respond(
      long id,
      @Body @Valid SurveyRecords.ResponseBody body,
      @Nullable @Header(DEVICE_HEADER) String deviceId,
      Authentication auth,
      HttpRequest<?> request) {
    String address = addresses.resolve(request);
    String device = deviceId == null || deviceId.isBlank() ? null : deviceId.strip();
    String deviceId64 = device == null ? null : device.substring(0, Math.min(64, device.length()));
    Retry.onConflict(
        () ->
            campaigns.respond(
                id, auth.getName(), body, address == null ? "unknown" : address, deviceId64));
    return mine.of(auth.getName()).campaigns().stream()
        .filter(c -> c.id() == id)
        .findFirst()
        .orElseThrow();
  }
}
