package org.gridlink.volunteers;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.data.model.Sort;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.gridlink.common.paging.PageQuery;
import org.gridlink.common.paging.PageResponse;
import org.gridlink.common.web.ProblemException;
import org.gridlink.volunteers.VolunteerRecords.ActivityView;
import org.gridlink.volunteers.VolunteerRecords.SignupView;
import org.gridlink.volunteers.VolunteerRecords.VolunteerView;

/**
 * The resident side: apply to volunteer, activities (sign up, cancel, check in and out on site), my
 * service hours, and the leaderboards. Every route works on the token's own account.
 */
@Controller("/api/v1")
@Tag(name = "Volunteers")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class VolunteerController {
  private final VolunteerService volunteers;
  private final ActivityService activities;
  private final CheckInService checkIns;
  private final VolunteerViews views;
  private final Leaderboards leaderboards;

  VolunteerController(
      VolunteerService volunteers,
      ActivityService activities,
      CheckInService checkIns,
      VolunteerViews views,
      Leaderboards leaderboards) {
    this.volunteers = volunteers;
    this.activities = activities;
    this.checkIns = checkIns;
    this.views = views;
    this.leaderboards = leaderboards;
  }

  @Operation(summary = "Apply to volunteer (real name; needs a phone bound through WeChat)")
  @Post("/volunteers/me")
  HttpResponse<VolunteerView> apply(@Body @Valid VolunteerRecords.Apply body, Authentication auth) {
    return HttpResponse.created(volunteers.apply(auth.getName(), body));
  }

  @Operation(summary = "My volunteer application or standing")
  @Get("/volunteers/me")
  VolunteerView mine(Authentication auth) {
    return volunteers.view(volunteers.mine(auth.getName()), false);
  }

  @Operation(summary = "Withdraw my application, or stop volunteering (hours stay)")
  @Delete("/volunteers/me")
  VolunteerView withdraw(Authentication auth) {
    return volunteers.withdraw(auth.getName());
  }

  @Operation(summary = "My service hours: the total and every confirmed activity")
  @Get("/volunteers/me/hours")
  VolunteerRecords.HoursView hours(Authentication auth) {
    return views.hours(auth.getName());
  }

  @Operation(summary = "Activities that have not ended, soonest first")
  @Get("/activities")
  PageResponse<ActivityView> list(@RequestBean @Valid PageQuery paging, Authentication auth) {
    return PageResponse.of(
        activities.upcoming(paging.pageable(Sort.of(Sort.Order.asc("startsAt")))),
        a -> activities.view(a, activities.myStatus(a.id(), auth.getName())));
  }

  @Operation(summary = "One activity, with my place in it")
  @Get("/activities/{id}")
  ActivityView one(long id, Authentication auth) {
    return activities.detail(id, auth.getName());
  }

  @Operation(summary = "Sign up: a seat while any is free, else the waitlist")
  @Post("/activities/{id}/signup")
  ActivityView signUp(long id, Authentication auth) {
    try {
      activities.signUp(id, auth.getName());
    } catch (DataAccessException e) {
      // A double click: the other request inserted the same sign-up first and keeps it.
    }
    return activities.detail(id, auth.getName());
  }

  @Operation(summary = "Cancel my sign-up before the start (the seat goes to the waitlist)")
  @Delete("/activities/{id}/signup")
  ActivityView cancel(long id, Authentication auth) {
    activities.cancel(id, auth.getName());
    return activities.detail(id, auth.getName());
  }

  @Operation(summary = "Check in: the scanned QR token and where the device is")
  @Post("/activities/check-in")
  SignupView checkIn(@Body @Valid VolunteerRecords.Scan body, Authentication auth) {
    return views.signup(checkIns.checkIn(auth.getName(), body));
  }

  @Operation(summary = "Check out: the scanned QR token and where the device is")
  @Post("/activities/check-out")
  SignupView checkOut(@Body @Valid VolunteerRecords.Scan body, Authentication auth) {
    return views.signup(checkIns.checkOut(auth.getName(), body));
  }

  @Operation(
      summary =
          "A leaderboard: hours or points, of a community or the city, this month or all time")
  @Get("/leaderboards/{metric}")
  VolunteerRecords.LeaderboardView leaderboard(
      String metric, @Nullable @QueryValue String community, @Nullable @QueryValue String period) {
    if (!metric.matches("hours|points")
        || (community != null && !community.matches("[0-9]{12}"))
        || (period != null && !period.matches("month|all"))) {
      throw ProblemException.badRequest("problem.volunteers.bad-leaderboard");
    }
    return leaderboards.read(
        BoardKey.Metric.valueOf(metric.toUpperCase(java.util.Locale.ROOT)),
        community,
        !"all".equals(period));
  }
}
