package org.gridlink.volunteers;

import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.gridlink.common.web.ProblemException;
import org.gridlink.grids.AreaLevel;
import org.gridlink.grids.AreaSummary;
import org.gridlink.grids.GridsFacade;
import org.gridlink.grids.WgsPoint;
import org.gridlink.volunteers.VolunteerEntities.Activity;
import org.gridlink.volunteers.VolunteerEntities.Signup;
import org.gridlink.volunteers.VolunteerEntities.Volunteer;
import org.gridlink.volunteers.VolunteerRecords.ActivityDraft;
import org.gridlink.volunteers.VolunteerRecords.ActivityView;

/**
 * Activities and their seats. Capacity is enforced by one conditional UPDATE (a seat is taken only
 * while {@code signed_up < capacity}), so parallel sign-ups can never overbook; the rest wait in
 * order and a cancelled seat goes to the first of them.
 */
@Singleton
class ActivityService {
  private final VolunteerRepositories.Activities activities;
  private final VolunteerRepositories.Signups signups;
  private final VolunteerService volunteers;
  private final GridsFacade grids;
  private final Clock clock;

  ActivityService(
      VolunteerRepositories.Activities activities,
      VolunteerRepositories.Signups signups,
      VolunteerService volunteers,
      GridsFacade grids,
      Clock clock) {
    this.activities = activities;
    this.signups = signups;
    this.volunteers = volunteers;
    this.grids = grids;
    this.clock = clock;
  }

  /** Staff publish an activity; its community is the one its place lies in. */
  @Transactional
  ActivityView publish(ActivityDraft d, String actor) {
    if (!d.endsAt().isAfter(d.startsAt())) {
      throw ProblemException.badRequest("problem.volunteers.bad-window");
    }
    WgsPoint p = grids.wgs84(d.lat(), d.lng(), d.crs());
    String community =
        grids.locate(p.lat(), p.lng(), "wgs84").chain().stream()
            .filter(a -> a.level() == AreaLevel.COMMUNITY)
            .map(AreaSummary::code)
            .findFirst()
            .orElseThrow(() -> ProblemException.badRequest("problem.volunteers.no-community"));
    Instant now = clock.instant();
    Activity saved =
        activities.save(
            new Activity(
                null,
                d.title().trim(),
                d.description(),
                community,
                d.place().trim(),
                p.lat(),
                p.lng(),
                d.radiusM(),
                d.startsAt(),
                d.endsAt(),
                d.capacity(),
                0,
                d.pointsPerHour(),
                d.pointsCap(),
                actor,
                now,
                now));
    return view(saved, null);
  }

  Activity require(long id) {
    return activities
        .findById(id)
        .orElseThrow(() -> ProblemException.notFound("problem.volunteers.no-activity"));
  }

  /** Activities that have not ended yet, soonest first. */
  Page<Activity> upcoming(Pageable pageable) {
    return activities.findByEndsAtGreaterThan(clock.instant(), pageable);
  }

  ActivityView detail(long id, String subject) {
    return view(require(id), myStatus(id, subject));
  }

  SignupStatus myStatus(long activityId, String subject) {
    return volunteers
        .find(subject)
        .flatMap(v -> signups.findByActivityIdAndVolunteerId(activityId, v.id()))
        .map(Signup::status)
        .orElse(null);
  }

  /**
   * Signs the volunteer up: a seat if one is free, else the waitlist. Signing up again while in
   * returns the same place.
   */
  @Transactional
  Signup signUp(long activityId, String subject) {
    Volunteer v = volunteers.requireActive(subject);
    Activity a = require(activityId);
    Instant now = clock.instant();
    if (!now.isBefore(a.startsAt())) {
      throw ProblemException.conflict("problem.volunteers.started");
    }
    Optional<Signup> existing = signups.findByActivityIdAndVolunteerId(activityId, v.id());
    if (existing.isPresent() && existing.get().status() != SignupStatus.CANCELLED) {
      return existing.get();
    }
    SignupStatus status =
        activities.takeSeat(activityId) == 1 ? SignupStatus.SIGNED_UP : SignupStatus.WAITLISTED;
    if (existing.isPresent()) {
      return signups.update(existing.get().moved(status, now));
    }
    return signups.save(
        new Signup(
            null,
            activityId,
            v.id(),
            subject,
            status,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            now,
            now));
  }

  /** Cancels before the start; a freed seat goes to the first on the waitlist. */
  @Transactional
  Signup cancel(long activityId, String subject) {
    Volunteer v = volunteers.mine(subject);
    // Lock the activity: cancellations and promotions of one activity run one at a time.
    Activity a =
        activities
            .findByIdForUpdate(activityId)
            .orElseThrow(() -> ProblemException.notFound("problem.volunteers.no-activity"));
    Signup s =
        signups
            .findByActivityIdAndVolunteerId(activityId, v.id())
            .orElseThrow(() -> ProblemException.notFound("problem.volunteers.not-signed-up"));
    Instant now = clock.instant();
    if (!now.isBefore(a.startsAt()) || !s.status().canMoveTo(SignupStatus.CANCELLED)) {
      throw ProblemException.conflict("problem.volunteers.cannot-cancel");
    }
    if (signups.move(s.id(), s.status().name(), SignupStatus.CANCELLED.name(), now) != 1) {
      throw ProblemException.conflict("problem.volunteers.cannot-cancel");
    }
    if (s.status().holdsSeat() && !promoteFirstWaiting(activityId, now)) {
      activities.freeSeat(activityId);
    }
    return signups.findById(s.id()).orElseThrow();
  }

  /** Gives the freed seat to the first waiting volunteer; false when nobody waits. */
  private boolean promoteFirstWaiting(long activityId, Instant now) {
    for (Signup w :
        signups.findByActivityIdAndStatusOrderById(activityId, SignupStatus.WAITLISTED)) {
      if (signups.move(w.id(), SignupStatus.WAITLISTED.name(), SignupStatus.SIGNED_UP.name(), now)
          == 1) {
        return true;
      }
    }
    return false;
  }

  ActivityView view(Activity a, SignupStatus mine) {
    return new ActivityView(
        a.id(),
        a.title(),
        a.description(),
        a.communityCode(),
        a.place(),
        a.lat(),
        a.lng(),
        a.radiusM(),
        a.startsAt(),
        a.endsAt(),
        a.capacity(),
        a.signedUp(),
        a.pointsPerHour(),
        a.pointsCap(),
        mine);
  }
}
