package org.gridlink.volunteers;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Sort;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.List;
import org.gridlink.common.config.GridlinkProperties;
import org.gridlink.common.paging.PageQuery;
import org.gridlink.common.paging.PageResponse;
import org.gridlink.volunteers.VolunteerRecords.ActivityView;
import org.gridlink.volunteers.VolunteerRecords.SignupView;
import org.gridlink.volunteers.VolunteerRecords.VolunteerView;

/**
 * Community staff: decide volunteer applications, publish activities, show the rotating check-in QR
 * code on a screen, and see who signed up (attendance is confirmed in AttendanceController).
 */
@Controller("/api/v1/admin")
@Tag(name = "Volunteers (staff)")
@Secured({"STAFF", "ADMIN"})
@ExecuteOn(TaskExecutors.BLOCKING)
class VolunteerAdminController {
  private final VolunteerService volunteers;
  private final ActivityService activities;
  private final VolunteerViews views;
  private final QrTokens tokens;
  private final GridlinkProperties gridlink;
  private final Clock clock;

  VolunteerAdminController(
      VolunteerService volunteers,
      ActivityService activities,
      VolunteerViews views,
      QrTokens tokens,
      GridlinkProperties gridlink,
      Clock clock) {
    this.volunteers = volunteers;
    this.activities = activities;
    this.views = views;
    this.tokens = tokens;
    this.gridlink = gridlink;
    this.clock = clock;
  }

  @Operation(summary = "Volunteers by standing (default: applications waiting), oldest first")
  @Get("/volunteers")
  PageResponse<VolunteerView> list(
      @Nullable @QueryValue VolunteerStanding status, @RequestBean @Valid PageQuery paging) {
    return PageResponse.of(
        volunteers.list(
            status == null ? VolunteerStanding.APPLIED : status,
            paging.pageable(Sort.of(Sort.Order.asc("createdAt")))),
        v -> v);
  }

  @Operation(summary = "Approve an application: the account becomes a VOLUNTEER")
  @Post("/volunteers/{id}/approve")
  VolunteerView approve(long id, Authentication auth) {
    return volunteers.approve(id, auth.getName());
  }

  @Operation(summary = "Reject an application, with the reason the resident will see")
  @Post("/volunteers/{id}/reject")
  VolunteerView reject(long id, @Body @Valid VolunteerRecords.Reject body, Authentication auth) {
    return volunteers.reject(id, body.reason(), auth.getName());
  }

  @Operation(summary = "Publish an activity (its community is the one its place lies in)")
  @Post("/activities")
  HttpResponse<ActivityView> publish(
      @Body @Valid VolunteerRecords.ActivityDraft body, Authentication auth) {
    return HttpResponse.created(activities.publish(body, auth.getName()));
  }

  @Operation(summary = "Activities that have not ended, soonest first")
  @Get("/activities")
  PageResponse<ActivityView> list(@RequestBean @Valid PageQuery paging) {
    return PageResponse.of(
        activities.upcoming(paging.pageable(Sort.of(Sort.Order.asc("startsAt")))),
        a -> activities.view(a, null));
  }

  @Operation(summary = "The check-in QR code's current token (changes every 30 s) and its URL")
  @Get("/activities/{id}/qr")
  VolunteerRecords.QrView qr(long id) {
    activities.require(id);
    QrTokens.Issued issued = tokens.issue(id, clock.instant());
    String url =
        gridlink.getPublicUrl().replaceAll("/+$", "") + "/#/volunteer/scan?t=" + issued.token();
    return new VolunteerRecords.QrView(
        issued.token(), url, QrImages.pngDataUrl(url), issued.refreshAt());
  }

  @Operation(summary = "Everyone signed up or waiting, in order")
  @Get("/activities/{id}/signups")
  List<SignupView> signups(long id) {
    activities.require(id);
    return views.signups(id);
  }
}
