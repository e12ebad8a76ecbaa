package org.gridlink.volunteers;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import io.micronaut.data.repository.PageableRepository;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.gridlink.volunteers.VolunteerEntities.Activity;
import org.gridlink.volunteers.VolunteerEntities.Hours;
import org.gridlink.volunteers.VolunteerEntities.PointsEarned;
import org.gridlink.volunteers.VolunteerEntities.Signup;
import org.gridlink.volunteers.VolunteerEntities.Volunteer;

/** Data access of the volunteers feature. */
final class VolunteerRepositories {
  private VolunteerRepositories() {}

  /** One volunteer's total on a leaderboard. */
  @Introspected
  record Total(long member, long total) {}

  @JdbcRepository(dialect = Dialect.MYSQL)
  interface Volunteers extends PageableRepository<Volunteer, Long> {
    Optional<Volunteer> findBySubject(String subject);

    /** Locks the volunteer's row: confirmations of one volunteer run one at a time (daily cap). */
    Optional<Volunteer> findByIdForUpdate(long id);

    Page<Volunteer> findByStatus(VolunteerStanding status, Pageable pageable);

    List<Volunteer> findByIdIn(Collection<Long> ids);
  }

  @JdbcRepository(dialect = Dialect.MYSQL)
  interface Activities extends PageableRepository<Activity, Long> {
    Page<Activity> findByEndsAtGreaterThan(Instant after, Pageable pageable);

    List<Activity> findByIdIn(Collection<Long> ids);

    /** Locks the activity's row (SELECT ... FOR UPDATE) for a cancellation and its promotion. */
    Optional<Activity> findByIdForUpdate(long id);

    /** Takes a seat if one is free: the one place capacity is enforced, safe under concurrency. */
    @Query(
        "UPDATE volunteer_activity SET signed_up = signed_up + 1 WHERE id = :id"
            + " AND signed_up < capacity")
    long takeSeat(long id);

    @Query(
        "UPDATE volunteer_activity SET signed_up = signed_up - 1 WHERE id = :id AND signed_up > 0")
    long freeSeat(long id);
  }

  @JdbcRepository(dialect = Dialect.MYSQL)
  interface Signups extends CrudRepository<Signup, Long> {
    Optional<Signup> findByActivityIdAndVolunteerId(long activityId, long volunteerId);

    List<Signup> findByActivityIdOrderById(long activityId);

    List<Signup> findByActivityIdAndStatusOrderById(long activityId, SignupStatus status);

    Page<Signup> findBySubject(String subject, Pageable pageable);

    /** Moves a sign-up only if it is still where the caller saw it (1 = moved). */
    @Query(
        "UPDATE activity_signup SET status = :to, updated_at = :now WHERE id = :id"
            + " AND status = :from")
    long move(long id, String from, String to, Instant now);

    /** Records the check-in once: a second scan finds the status moved on (1 = checked in). */
    @Query(
        "UPDATE activity_signup SET status = 'CHECKED_IN', checked_in_at = :at, updated_at = :at"
            + " WHERE id = :id AND status = 'SIGNED_UP'")
    long checkIn(long id, Instant at);

    @Query(
        "UPDATE activity_signup SET status = 'CHECKED_OUT', checked_out_at = :at, updated_at = :at"
            + " WHERE id = :id AND status = 'CHECKED_IN'")
    long checkOut(long id, Instant at);
  }

  @JdbcRepository(dialect = Dialect.MYSQL)
  interface HoursLog extends CrudRepository<Hours, Long> {
    Optional<Hours> findByBusinessKey(String businessKey);

    Page<Hours> findBySubject(String subject, Pageable pageable);

    @Query("SELECT COALESCE(SUM(minutes), 0) FROM volunteer_hours WHERE subject = :subject")
    long totalMinutes(String subject);

    @Query(
        "SELECT COALESCE(SUM(points), 0) FROM volunteer_hours WHERE volunteer_id = :volunteerId"
            + " AND booked_at >= :from AND booked_at < :to")
    long pointsBetween(long volunteerId, Instant from, Instant to);

    /** Minutes per active volunteer since a time, in a community or ('%') the whole city. */
    @Query(
        "SELECT v.id AS member, SUM(h.minutes) AS total FROM volunteer_hours h"
            + " JOIN volunteer v ON v.id = h.volunteer_id WHERE h.booked_at >= :since"
            + " AND v.status = 'ACTIVE' AND v.community_code LIKE :community GROUP BY v.id")
    List<Total> minutesSince(Instant since, String community);
  }

  @JdbcRepository(dialect = Dialect.MYSQL)
  interface PointsLog extends CrudRepository<PointsEarned, Long> {
    /** Points per active volunteer since a time, in a community or ('%') the whole city. */
    @Query(
        "SELECT v.id AS member, SUM(p.points) AS total FROM volunteer_points_earned p"
            + " JOIN volunteer v ON v.subject = p.subject WHERE p.earned_at >= :since"
            + " AND v.status = 'ACTIVE' AND v.community_code LIKE :community GROUP BY v.id")
    List<Total> pointsSince(Instant since, String community);
  }
}
