package org.gridlink.volunteers;

import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import org.gridlink.common.web.ProblemException;
import org.gridlink.grids.GridsFacade;
import org.gridlink.grids.WgsPoint;
import org.gridlink.volunteers.VolunteerEntities.Activity;
import org.gridlink.volunteers.VolunteerEntities.Signup;
import org.gridlink.volunteers.VolunteerEntities.Volunteer;
import org.gridlink.volunteers.VolunteerRecords.Scan;

/**
 * Check-in and check-out by scanning the activity's rotating QR code on site: the token must be
 * genuine and current, the device within the activity's geofence, the time within the activity
 * (check-in opens a little before), and each happens once (a conditional UPDATE on the status).
 */
@Singleton
class CheckInService {
  private final QrTokens tokens;
  private final ActivityService activities;
  private final VolunteerService volunteers;
  private final VolunteerRepositories.Signups signups;
  private final GridsFacade grids;
  private final VolunteersProperties properties;
  private final Clock clock;

  CheckInService(
      QrTokens tokens,
      ActivityService activities,
      VolunteerService volunteers,
      VolunteerRepositories.Signups signups,
      GridsFacade grids,
      VolunteersProperties properties,
      Clock clock) {
    this.tokens = tokens;
    this.activities = activities;
    this.volunteers = volunteers;
    this.signups = signups;
    this.grids = grids;
    this.properties = properties;
    this.clock = clock;
  }

  @Transactional
  Signup checkIn(String subject, Scan scan) {
    Instant now = clock.instant();
    Signup s = onSite(subject, scan, now);
    Activity a = activities.require(s.activityId());
    if (now.isBefore(a.startsAt().minus(properties.getCheckInOpensBefore()))
        || now.isAfter(a.endsAt())) {
      throw ProblemException.conflict("problem.volunteers.check-in-closed");
    }
    if (signups.checkIn(s.id(), now) != 1) {
      // Only a SIGNED_UP seat moves; anything else (or a parallel scan) has checked in already.
      throw ProblemException.conflict("problem.volunteers.already-checked-in");
    }
    return signups.findById(s.id()).orElseThrow();
  }

  @Transactional
  Signup checkOut(String subject, Scan scan) {
    Instant now = clock.instant();
    Signup s = onSite(subject, scan, now);
    Activity a = activities.require(s.activityId());
    if (now.isAfter(a.endsAt().plus(properties.getCheckOutClosesAfter()))) {
      throw ProblemException.conflict("problem.volunteers.check-out-closed");
    }
    if (signups.checkOut(s.id(), now) != 1) {
      throw ProblemException.conflict(
          s.status() == SignupStatus.SIGNED_UP
              ? "problem.volunteers.not-checked-in"
              : "problem.volunteers.already-checked-out");
    }
    return signups.findById(s.id()).orElseThrow();
  }

  /** The caller's seat in the activity the token names, checked to be scanned on site. */
  private Signup onSite(String subject, Scan scan, Instant now) {
    long activityId = tokens.verify(scan.token(), now);
    Volunteer v = volunteers.requireActive(subject);
    Activity a = activities.require(activityId);
    Signup s =
        signups
            .findByActivityIdAndVolunteerId(activityId, v.id())
            .filter(x -> x.status().holdsSeat())
            .orElseThrow(() -> ProblemException.conflict("problem.volunteers.not-signed-up"));
    WgsPoint device = grids.wgs84(scan.lat(), scan.lng(), scan.crs());
    double metres = device.metresTo(new WgsPoint(a.lat(), a.lng()));
    if (metres > a.radiusM()) {
      throw new ProblemException(
          HttpStatus.FORBIDDEN,
          "outside-geofence",
          "problem.volunteers.outside-geofence",
          Math.round(metres),
          a.radiusM());
    }
    return s;
  }
}
