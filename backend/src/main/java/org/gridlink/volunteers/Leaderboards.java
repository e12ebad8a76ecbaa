package org.gridlink.volunteers;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gridlink.volunteers.BoardKey.Metric;
import org.gridlink.volunteers.VolunteerEntities.Volunteer;
import org.gridlink.volunteers.VolunteerRecords.LeaderboardView;
import org.gridlink.volunteers.VolunteerRecords.Place;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hours and points leaderboards. The database is the record (volunteer_hours and the points each
 * volunteer earned); the sorted sets are a fast copy. A board that is missing (never built, or lost
 * by Redis) is rebuilt from the database before it is read or incremented.
 */
@Singleton
class Leaderboards {
  private static final Logger LOG = LoggerFactory.getLogger(Leaderboards.class);

  private final LeaderboardStore store;
  private final VolunteerRepositories.HoursLog hours;
  private final VolunteerRepositories.PointsLog points;
  private final VolunteerRepositories.Volunteers volunteers;
  private final VolunteersProperties properties;
  private final Clock clock;

  Leaderboards(
      LeaderboardStore store,
      VolunteerRepositories.HoursLog hours,
      VolunteerRepositories.PointsLog points,
      VolunteerRepositories.Volunteers volunteers,
      VolunteersProperties properties,
      Clock clock) {
    this.store = store;
    this.hours = hours;
    this.points = points;
    this.volunteers = volunteers;
    this.properties = properties;
    this.clock = clock;
  }

  YearMonth monthOf(Instant at) {
    return YearMonth.from(at.atZone(properties.getZone()));
  }

  /**
   * After a booking has committed: add it to the four boards it belongs on. A failure (Redis away)
   * is logged, never thrown: the booking stands, and the boards are rebuilt once their keys go.
   */
  void add(Metric metric, Volunteer v, long amount, Instant at) {
    try {
      addToBoards(metric, v, amount, at);
    } catch (RuntimeException e) {
      LOG.warn("leaderboard update failed metric={} volunteer={}", metric, v.id(), e);
    }
  }

  private void addToBoards(Metric metric, Volunteer v, long amount, Instant at) {
    for (BoardKey board : BoardKey.touchedBy(metric, v.communityCode(), monthOf(at))) {
      String key = board.key(properties.getLeaderboardPrefix());
      if (!store.incrementIfPresent(key, Long.toString(v.id()), amount)) {
        // The board is gone: the committed booking is in the database, so the rebuild has it.
        rebuild(board);
      }
    }
  }

  @Transactional(readOnly = true)
  LeaderboardView read(Metric metric, String communityCode, boolean thisMonth) {
    BoardKey board =
        new BoardKey(metric, communityCode, thisMonth ? monthOf(clock.instant()) : null);
    String key = board.key(properties.getLeaderboardPrefix());
    int size = properties.getLeaderboardSize();
    List<LeaderboardStore.Entry> top =
        store
            .top(key, size)
            .orElseGet(
                () -> {
                  rebuild(board);
                  return store.top(key, size).orElse(List.of());
                });
    return new LeaderboardView(
        metric.name(),
        communityCode == null ? "CITY" : "COMMUNITY",
        communityCode,
        thisMonth ? board.month().toString() : "ALL",
        places(metric, top));
  }

  /** Rebuilds one board from the database and swaps it in whole. */
  void rebuild(BoardKey board) {
    String community = board.communityCode() == null ? "%" : board.communityCode();
    List<VolunteerRepositories.Total> totals =
        board.metric() == Metric.HOURS
            ? hours.minutesSince(board.since(properties.getZone()), community)
            : points.pointsSince(board.since(properties.getZone()), community);
    Map<String, Double> scores = new HashMap<>();
    totals.forEach(t -> scores.put(Long.toString(t.member()), (double) t.total()));
    store.replace(board.key(properties.getLeaderboardPrefix()), scores);
    LOG.info("leaderboard rebuilt key={} members={}", board, scores.size());
  }

  private List<Place> places(Metric metric, List<LeaderboardStore.Entry> top) {
    List<Long> ids = top.stream().map(e -> Long.parseLong(e.member())).toList();
    if (ids.isEmpty()) {
      return List.of();
    }
    Map<Long, Volunteer> byId =
        volunteers.findByIdIn(ids).stream()
            .collect(Collectors.toMap(Volunteer::id, Function.identity()));
    List<Place> places = new ArrayList<>();
    for (LeaderboardStore.Entry e : top) {
      Volunteer v = byId.get(Long.parseLong(e.member()));
      if (v == null) {
        continue;
      }
      double score = metric == Metric.HOURS ? Math.round(e.score() / 6.0) / 10.0 : e.score();
      places.add(
          new Place(places.size() + 1, v.id(), masked(v.realName()), v.communityName(), score));
    }
    return places;
  }

  /** 王小明 → 王**: a leaderboard is public among residents; the full name is not. */
  static String masked(String realName) {
    if (realName.isEmpty()) {
      return realName;
    }
    int first = realName.offsetByCodePoints(0, 1);
    return realName.substring(0, first)
        + "*".repeat(Math.max(1, realName.codePointCount(first, realName.length())));
  }
}
