package org.gridlink.volunteers;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** Rows of the volunteer tables; never leave the feature. */
final class VolunteerEntities {
  private VolunteerEntities() {}

  @MappedEntity("volunteer")
  record Volunteer(
      @Id @GeneratedValue @Nullable Long id,
      String subject,
      String realName,
      String communityCode,
      String communityName,
      VolunteerStanding status,
      @Nullable String rejectReason,
      @Nullable String decidedBy,
      @Nullable Instant decidedAt,
      Instant createdAt,
      Instant updatedAt) {

    /** A new application, or a renewed one after a rejection or withdrawal. */
    Volunteer applied(String realName, String communityCode, String communityName, Instant now) {
      return new Volunteer(
          id,
          subject,
          realName,
          communityCode,
          communityName,
          VolunteerStanding.APPLIED,
          null,
          null,
          null,
          createdAt == null ? now : createdAt,
          now);
    }

    Volunteer decided(VolunteerStanding to, @Nullable String reason, String actor, Instant now) {
      return new Volunteer(
          id,
          subject,
          realName,
          communityCode,
          communityName,
          to,
          reason,
          actor,
          now,
          createdAt,
          now);
    }
  }

  @MappedEntity("volunteer_activity")
  record Activity(
      @Id @GeneratedValue @Nullable Long id,
      String title,
      @Nullable String description,
      String communityCode,
      String place,
      double lat,
      double lng,
      int radiusM,
      Instant startsAt,
      Instant endsAt,
      int capacity,
      int signedUp,
      int pointsPerHour,
      int pointsCap,
      String createdBy,
      Instant createdAt,
      Instant updatedAt) {}

  @MappedEntity("activity_signup")
  record Signup(
      @Id @GeneratedValue @Nullable Long id,
      long activityId,
      long volunteerId,
      String subject,
      SignupStatus status,
      @Nullable Instant checkedInAt,
      @Nullable Instant checkedOutAt,
      @Nullable Integer minutes,
      @Nullable String adjustReason,
      @Nullable String confirmedBy,
      @Nullable Instant confirmedAt,
      @Nullable Long points,
      Instant createdAt,
      Instant updatedAt) {

    Signup moved(SignupStatus to, Instant now) {
      return new Signup(
          id,
          activityId,
          volunteerId,
          subject,
          to,
          checkedInAt,
          checkedOutAt,
          minutes,
          adjustReason,
          confirmedBy,
          confirmedAt,
          points,
          createdAt,
          now);
    }

    Signup confirmed(int minutes, @Nullable String reason, String actor, long points, Instant now) {
      return new Signup(
          id,
          activityId,
          volunteerId,
          subject,
          SignupStatus.CONFIRMED,
          checkedInAt,
          checkedOutAt,
          minutes,
          reason,
          actor,
          now,
          points,
          createdAt,
          now);
    }
  }

  /** Service hours of one confirmed attendance: the volunteer's permanent record. */
  @MappedEntity("volunteer_hours")
  record Hours(
      @Id @GeneratedValue @Nullable Long id,
      String businessKey,
      long volunteerId,
      String subject,
      String communityCode,
      long activityId,
      int minutes,
      long points,
      Instant bookedAt) {}

  /** Points a volunteer earned, as announced by the points ledger. */
  @MappedEntity("volunteer_points_earned")
  record PointsEarned(
      @Id @GeneratedValue @Nullable Long id, String subject, long points, Instant earnedAt) {}
}
