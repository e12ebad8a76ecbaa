package org.gridlink.identity;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

/**
 * The signed-in resident's own data. No endpoint takes an account id: the account is always the
 * token's subject, so one resident can never address another's data.
 */
@Controller("/api/v1/me")
@Tag(name = "My profile")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class MeController {
  private final ResidentService residents;
  private final ResidentExport export;

  MeController(ResidentService residents, ResidentExport export) {
    this.residents = residents;
    this.export = export;
  }

  @Operation(summary = "My profile (phone number masked)")
  @Get
  ResidentRecords.ProfileView get(Authentication auth) {
    return residents.profile(auth.getName());
  }

  @Operation(summary = "Change my profile and consents; absent fields stay, empty text clears")
  @Patch
  ResidentRecords.ProfileView patch(
      @Body @Valid ResidentRecords.ProfilePatch body, Authentication auth) {
    return residents.update(auth.getName(), body);
  }

  @Operation(summary = "Bind my phone number with a getPhoneNumber code")
  @Post("/phone")
  ResidentRecords.ProfileView phone(
      @Body @Valid ResidentRecords.PhoneRequest body, Authentication auth) {
    return residents.bindPhone(auth.getName(), body.code().trim());
  }

  @Operation(summary = "Record subscribe-message templates I just accepted in the mini-program")
  @Post("/subscriptions")
  ResidentRecords.SubscriptionsView subscribe(
      @Body @Valid ResidentRecords.SubscriptionsRequest body, Authentication auth) {
    return new ResidentRecords.SubscriptionsView(
        residents.recordSubscriptions(auth.getName(), body.templateIds()));
  }

  @Operation(summary = "Messages I have agreed to receive, per template")
  @Get("/subscriptions")
  ResidentRecords.SubscriptionsView subscriptions(Authentication auth) {
    return new ResidentRecords.SubscriptionsView(residents.subscriptions(auth.getName()));
  }

  @Operation(summary = "Everything GridLink holds about me, as JSON")
  @Get("/export")
  HttpResponse<ResidentRecords.Export> export(Authentication auth) {
    return HttpResponse.ok(export.of(auth.getName()))
        .header("Content-Disposition", "attachment; filename=\"gridlink-my-data.json\"");
  }

  @Operation(summary = "Delete my account: personal data erased, every session ended")
  @Delete
  HttpResponse<Void> delete(Authentication auth) {
    residents.delete(auth.getName());
    return HttpResponse.noContent();
  }
}
