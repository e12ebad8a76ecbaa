package org.gridlink.volunteers;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.gridlink.volunteers.VolunteerRecords.SignupView;

/** Staff confirm attendance: hours booked for good, points earned, leaderboards updated. */
@Controller("/api/v1/admin/activities")
@Tag(name = "Volunteers (staff)")
@Secured({"STAFF", "ADMIN"})
@ExecuteOn(TaskExecutors.BLOCKING)
class AttendanceController {
  private final AttendanceService attendance;
  private final Leaderboards leaderboards;

  AttendanceController(AttendanceService attendance, Leaderboards leaderboards) {
    this.attendance = attendance;
    this.leaderboards = leaderboards;
  }

  @Operation(
      summary =
          "Confirm attendance: books the hours and earns the points (once); minutes adjustable"
              + " with a reason")
  @Post("/{id}/signups/{signupId}/confirm")
  SignupView confirm(
      long id, long signupId, @Body @Valid VolunteerRecords.Confirm body, Authentication auth) {
    AttendanceService.Outcome done = attendance.confirm(id, signupId, body, auth.getName());
    if (done.newlyBooked()) {
      // After the commit: a board that must be rebuilt reads this booking from the database.
      leaderboards.add(BoardKey.Metric.HOURS, done.volunteer(), done.signup().minutes(), done.at());
    }
    return VolunteerViews.signup(done.signup(), done.volunteer().realName());
  }
}
