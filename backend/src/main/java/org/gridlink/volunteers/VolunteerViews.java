package org.gridlink.volunteers;

import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gridlink.volunteers.VolunteerEntities.Activity;
import org.gridlink.volunteers.VolunteerEntities.Hours;
import org.gridlink.volunteers.VolunteerEntities.Signup;
import org.gridlink.volunteers.VolunteerEntities.Volunteer;
import org.gridlink.volunteers.VolunteerRecords.HoursEntry;
import org.gridlink.volunteers.VolunteerRecords.HoursView;
import org.gridlink.volunteers.VolunteerRecords.SignupView;

/** Turns rows into the wire records that need more than one table. */
@Singleton
class VolunteerViews {
  private static final int HOURS_SHOWN = 100;

  private final VolunteerRepositories.Volunteers volunteers;
  private final VolunteerRepositories.Activities activities;
  private final VolunteerRepositories.Signups signups;
  private final VolunteerRepositories.HoursLog hours;

  VolunteerViews(
      VolunteerRepositories.Volunteers volunteers,
      VolunteerRepositories.Activities activities,
      VolunteerRepositories.Signups signups,
      VolunteerRepositories.HoursLog hours) {
    this.volunteers = volunteers;
    this.activities = activities;
    this.signups = signups;
    this.hours = hours;
  }

  SignupView signup(Signup s) {
    String name = volunteers.findById(s.volunteerId()).map(Volunteer::realName).orElse("");
    return signup(s, name);
  }

  static SignupView signup(Signup s, String realName) {
    return new SignupView(
        s.id(),
        s.activityId(),
        s.volunteerId(),
        realName,
        s.status(),
        s.checkedInAt(),
        s.checkedOutAt(),
        s.minutes(),
        s.points(),
        s.adjustReason());
  }

  /** Everyone in an activity, seats then waitlist in order, for staff. */
  List<SignupView> signups(long activityId) {
    List<Signup> rows = signups.findByActivityIdOrderById(activityId);
    if (rows.isEmpty()) {
      return List.of();
    }
    Map<Long, Volunteer> byId =
        volunteers.findByIdIn(rows.stream().map(Signup::volunteerId).toList()).stream()
            .collect(Collectors.toMap(Volunteer::id, Function.identity()));
    return rows.stream()
        .map(
            s ->
                signup(
                    s,
                    byId.containsKey(s.volunteerId()) ? byId.get(s.volunteerId()).realName() : ""))
        .toList();
  }

  /** The volunteer's permanent record: total minutes ever, and the latest confirmed activities. */
  HoursView hours(String subject) {
    long total = hours.totalMinutes(subject);
    List<Hours> rows =
        hours
            .findBySubject(
                subject, Pageable.from(0, HOURS_SHOWN, Sort.of(Sort.Order.desc("bookedAt"))))
            .getContent();
    Map<Long, String> titles =
        rows.isEmpty()
            ? Map.of()
            : activities.findByIdIn(rows.stream().map(Hours::activityId).toList()).stream()
                .collect(Collectors.toMap(Activity::id, Activity::title));
    return new HoursView(
        total,
        Math.round(total / 6.0) / 10.0,
        rows.stream()
            .map(
                h ->
                    new HoursEntry(
                        h.activityId(),
                        titles.getOrDefault(h.activityId(), ""),
                        h.minutes(),
                        h.points(),
                        h.bookedAt()))
            .toList());
  }
}
