package org.gridlink.volunteers;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import org.gridlink.common.web.ProblemException;
import org.gridlink.points.PointsFacade;
import org.gridlink.volunteers.VolunteerEntities.Activity;
import org.gridlink.volunteers.VolunteerEntities.Hours;
import org.gridlink.volunteers.VolunteerEntities.Signup;
import org.gridlink.volunteers.VolunteerEntities.Volunteer;
import org.gridlink.volunteers.VolunteerRecords.Confirm;

/**
 * Staff confirm attendance: the service hours are booked for good and the points earned through the
 * ledger, in one transaction, once. The business key {@code checkin:{activity}:{volunteer}} is
 * unique in volunteer_hours and in the ledger, so neither a double click nor a retry books twice.
 * Points are hours × points per hour, capped per activity and per volunteer per day.
 */
@Singleton
class AttendanceService {
  /** The outcome; {@code newlyBooked} false when the attendance had been confirmed already. */
  record Outcome(Signup signup, Volunteer volunteer, boolean newlyBooked, Instant at) {}

  private final ActivityService activities;
  private final VolunteerRepositories.Signups signups;
  private final VolunteerRepositories.Volunteers volunteers;
  private final VolunteerRepositories.HoursLog hours;
  private final PointsFacade points;
  private final VolunteersProperties properties;
  private final Clock clock;

  AttendanceService(
      ActivityService activities,
      VolunteerRepositories.Signups signups,
      VolunteerRepositories.Volunteers volunteers,
      VolunteerRepositories.HoursLog hours,
      PointsFacade points,
      VolunteersProperties properties,
      Clock clock) {
    this.activities = activities;
    this.signups = signups;
    this.volunteers = volunteers;
    this.hours = hours;
    this.points = points;
    this.properties = properties;
    this.clock = clock;
  }

  static String businessKey(long activityId, long volunteerId) {
    return "checkin:" + activityId + ":" + volunteerId;
  }

  @Transactional
  Outcome confirm(long activityId, long signupId, Confirm body, String actor) {
    Activity a = activities.require(activityId);
    Signup s =
        signups
            .findById(signupId)
            .filter(x -> x.activityId() == activityId)
            .orElseThrow(() -> ProblemException.notFound("problem.volunteers.no-signup"));
    // One volunteer's confirmations run one at a time, so the daily cap holds.
    Volunteer v = volunteers.findByIdForUpdate(s.volunteerId()).orElseThrow();
    s = signups.findById(signupId).orElseThrow();
    if (s.status() == SignupStatus.CONFIRMED) {
      return new Outcome(s, v, false, s.confirmedAt());
    }
    if (!s.status().canMoveTo(SignupStatus.CONFIRMED)) {
      throw ProblemException.conflict("problem.volunteers.cannot-confirm", s.status());
    }
    Integer measured = measuredMinutes(a, s);
    Integer minutes = body.minutes() != null ? body.minutes() : measured;
    if (minutes == null) {
      throw ProblemException.badRequest("problem.volunteers.minutes-required");
    }
    String reason = body.reason() == null || body.reason().isBlank() ? null : body.reason().trim();
    if (!minutes.equals(measured) && reason == null) {
      throw ProblemException.badRequest("problem.volunteers.reason-required");
    }
    Instant now = clock.instant();
    long earned = pointsFor(a, v, minutes, now);
    if (signups.move(s.id(), s.status().name(), SignupStatus.CONFIRMED.name(), now) != 1) {
      throw ProblemException.conflict("problem.volunteers.cannot-confirm", s.status());
    }
    Signup confirmed = signups.update(s.confirmed(minutes, reason, actor, earned, now));
    String key = businessKey(a.id(), v.id());
    hours.save(
        new Hours(null, key, v.id(), v.subject(), v.communityCode(), a.id(), minutes, earned, now));
    if (earned > 0) {
      points.earn(v.subject(), earned, key, "志愿服务「" + a.title() + "」" + minutes + " 分钟", actor);
    }
    return new Outcome(confirmed, v, true, now);
  }

  /** Check-in to check-out, within the activity's own time; null if either scan is missing. */
  static Integer measuredMinutes(Activity a, Signup s) {
    if (s.checkedInAt() == null || s.checkedOutAt() == null) {
      return null;
    }
    Instant from = s.checkedInAt().isAfter(a.startsAt()) ? s.checkedInAt() : a.startsAt();
    Instant to = s.checkedOutAt().isBefore(a.endsAt()) ? s.checkedOutAt() : a.endsAt();
    return (int) Math.max(0, Duration.between(from, to).toMinutes());
  }

  /** Hours × points per hour, within the activity's cap and what is left of today's cap. */
  private long pointsFor(Activity a, Volunteer v, int minutes, Instant now) {
    long raw = (long) minutes * a.pointsPerHour() / 60;
    ZonedDateTime dayStart =
        now.atZone(properties.getZone()).toLocalDate().atStartOfDay(properties.getZone());
    long usedToday =
        hours.pointsBetween(v.id(), dayStart.toInstant(), dayStart.plusDays(1).toInstant());
    long leftToday = Math.max(0, properties.getDailyPointsCap() - usedToday);
    return Math.max(0, Math.min(Math.min(raw, a.pointsCap()), leftToday));
  }
}
