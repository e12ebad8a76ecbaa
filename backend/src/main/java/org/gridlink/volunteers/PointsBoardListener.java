package org.gridlink.volunteers;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.gridlink.points.PointsBooked;
import org.gridlink.volunteers.VolunteerEntities.PointsEarned;

/**
 * Keeps the points leaderboards: every EARN the ledger books for an active volunteer (service
 * hours, accepted reports) is recorded here, the durable source of a rebuild, and added to the
 * boards. Spending does not lower a volunteer's place: the boards rank points earned.
 */
@Singleton
class PointsBoardListener {
  private final VolunteerRepositories.Volunteers volunteers;
  private final VolunteerRepositories.PointsLog earned;
  private final Leaderboards leaderboards;

  PointsBoardListener(
      VolunteerRepositories.Volunteers volunteers,
      VolunteerRepositories.PointsLog earned,
      Leaderboards leaderboards) {
    this.volunteers = volunteers;
    this.earned = earned;
    this.leaderboards = leaderboards;
  }

  @EventListener
  void onBooked(PointsBooked event) {
    if (!"EARN".equals(event.type()) || event.points() <= 0) {
      return;
    }
    volunteers
        .findBySubject(event.subject())
        .filter(v -> v.status() == VolunteerStanding.ACTIVE)
        .ifPresent(
            v -> {
              earned.save(new PointsEarned(null, event.subject(), event.points(), event.at()));
              leaderboards.add(BoardKey.Metric.POINTS, v, event.points(), event.at());
            });
  }
}
