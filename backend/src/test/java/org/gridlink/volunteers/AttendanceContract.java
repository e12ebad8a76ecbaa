package org.gridlink.volunteers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridlink.volunteers.VolunteersContract.assertProblem;

import jakarta.inject.Inject;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.gridlink.points.PointsFacade;
import org.gridlink.support.Api;
import org.gridlink.volunteers.VolunteerFixtures.Person;
import org.junit.jupiter.api.Test;

/**
 * Attendance confirmation books service hours and points exactly once (caps applied), and the
 * leaderboards follow it and are rebuilt from the database after their keys are lost. H2 +
 * in-process, and MariaDB + Redis.
 */
abstract class AttendanceContract extends VolunteerTestBase {
  @Inject PointsFacade points;
  @Inject VolunteerRepositories.HoursLog hours;
  @Inject LeaderboardStore store;
  @Inject Leaderboards leaderboards;

  /**
   * Deletes these leaderboard keys from the store, as a Redis restart without persistence would.
   */
  abstract void loseBoards(List<String> keys);

  private long signupOf(long activity, Person p) {
    return api
        .parseList(
            api.get("/api/v1/admin/activities/" + activity + "/signups")
                .bearer(staff)
                .send()
                .body())
        .stream()
        .filter(s -> ((Number) s.get("volunteerId")).longValue() == p.volunteerId())
        .map(s -> ((Number) s.get("id")).longValue())
        .findFirst()
        .orElseThrow();
  }

  private Api.Response confirm(long activity, long signup, Map<String, Object> body) {
    return api.post(
            "/api/v1/admin/activities/" + activity + "/signups/" + signup + "/confirm", body)
        .bearer(staff)
        .send();
  }

  /** Signs up, checks in now and out after three hours and ten minutes (clock moved). */
  private long attendThreeHours(Person v, int pointsPerHour, int cap) {
    long activity =
        city.activity(
            in(Duration.ofMinutes(5)), in(Duration.ofMinutes(185)), 10, pointsPerHour, cap);
    assertThat(city.signUp(v, activity).text("myStatus")).isEqualTo("SIGNED_UP");
    var in = city.scan(v, "check-in", city.qrToken(activity), city.lat(), city.lng(), "wgs84");
    assertThat(in.status()).as(in.body()).isEqualTo(200);
    clock.advance(Duration.ofMinutes(190));
    var out = city.scan(v, "check-out", city.qrToken(activity), city.lat(), city.lng(), "wgs84");
    assertThat(out.status()).as(out.body()).isEqualTo(200);
    return activity;
  }

  @Test
  void confirmationBooksHoursAndPointsOnceWithinTheCaps() throws Exception {
    Person v = city.volunteer();
    long activity = attendThreeHours(v, 2, 5);
    long signup = signupOf(activity, v);

    // Different minutes than measured need a reason.
    assertProblem(confirm(activity, signup, Map.of("minutes", 120)), 400, "bad-request");

    // Six staff clicks at once: one booking.
    ExecutorService pool = Executors.newFixedThreadPool(6);
    List<Future<Api.Response>> answers = new ArrayList<>();
    try {
      for (int i = 0; i < 6; i++) {
        answers.add(pool.submit(() -> confirm(activity, signup, Map.of())));
      }
      int ok = 0;
      for (Future<Api.Response> f : answers) {
        Api.Response r = f.get();
        assertThat(r.status()).as(r.body()).isIn(200, 409);
        if (r.status() == 200) {
          ok++;
          assertThat(r.text("status")).isEqualTo("CONFIRMED");
          // Measured within the activity: 180 minutes × 2 points, capped at 5 for the activity.
          assertThat(((Number) r.field("minutes")).intValue()).isEqualTo(180);
          assertThat(((Number) r.field("points")).longValue()).isEqualTo(5);
        }
      }
      assertThat(ok).isPositive();
    } finally {
      pool.shutdown();
    }
    assertThat(confirm(activity, signup, Map.of()).status()).isEqualTo(200);
    assertThat(points.balance(v.subject())).isEqualTo(5);
    assertThat(hours.findByBusinessKey("checkin:" + activity + ":" + v.volunteerId())).isPresent();
    var mine = api.get("/api/v1/volunteers/me/hours").bearer(v.token()).send();
    assertThat(((Number) mine.field("totalMinutes")).longValue()).isEqualTo(180);
    assertThat(mine.body()).contains("清洁家园");

    // A second activity the same day, hours entered by staff: only what is left of the daily cap.
    long second = city.activity(in(Duration.ofMinutes(5)), in(Duration.ofHours(11)), 10, 10, 100);
    city.signUp(v, second);
    long secondSignup = signupOf(second, v);
    assertProblem(confirm(second, secondSignup, Map.of()), 400, "bad-request");
    var entered = confirm(second, secondSignup, Map.of("minutes", 600, "reason", "忘记扫码，现场核实"));
    assertThat(entered.status()).as(entered.body()).isEqualTo(200);
    assertThat(((Number) entered.field("points")).longValue()).isEqualTo(15);
    assertThat(entered.text("adjustReason")).isEqualTo("忘记扫码，现场核实");
    assertThat(points.balance(v.subject())).isEqualTo(20);
  }

  @Test
  void leaderboardsFollowBookingsAndAreRebuiltAfterTheirKeysAreLost() {
    Person v = city.volunteer();
    long activity = attendThreeHours(v, 1, 10);
    assertThat(confirm(activity, signupOf(activity, v), Map.of()).status()).isEqualTo(200);

    assertThat(scoreOf("hours", city.community, "all", v)).isEqualTo(3.0);
    assertThat(scoreOf("hours", null, "month", v)).isEqualTo(3.0);
    assertProblem(
        api.get("/api/v1/leaderboards/kindness").bearer(v.token()).send(), 400, "bad-request");
    assertProblem(
        api.get("/api/v1/leaderboards/hours?community=x%27").bearer(v.token()).send(),
        400,
        "bad-request");
    assertThat(scoreOf("points", city.community, "all", v)).isEqualTo(3.0);

    List<String> keys = ourKeys();
    loseBoards(keys);
    for (String key : keys) {
      assertThat(store.top(key, 10)).as(key).isEmpty();
    }
    // Read: rebuilt from the database.
    assertThat(scoreOf("hours", city.community, "all", v)).isEqualTo(3.0);
    assertThat(scoreOf("points", null, "all", v)).isEqualTo(3.0);
    assertThat(scoreOf("points", city.community, "month", v)).isEqualTo(3.0);

    // A booking while the boards are lost: rebuilt with it, not restarted from it alone.
    loseBoards(keys);
    long again = attendThreeHours(v, 1, 10);
    assertThat(confirm(again, signupOf(again, v), Map.of()).status()).isEqualTo(200);
    assertThat(scoreOf("hours", city.community, "all", v)).isEqualTo(6.0);
    assertThat(scoreOf("points", city.community, "all", v)).isEqualTo(6.0);
  }

  /** Every board of this test's community and of the city, for this and adjacent months. */
  private List<String> ourKeys() {
    YearMonth now = leaderboards.monthOf(clock.instant());
    List<String> keys = new ArrayList<>();
    for (BoardKey.Metric metric : BoardKey.Metric.values()) {
      for (YearMonth m : List.of(now.minusMonths(1), now, now.plusMonths(1))) {
        for (BoardKey b : BoardKey.touchedBy(metric, city.community, m)) {
          String key = b.key(boardPrefix);
          if (!keys.contains(key)) {
            keys.add(key);
          }
        }
      }
    }
    return keys;
  }

  private double scoreOf(String metric, String community, String period, Person v) {
    String query = "?period=" + period + (community == null ? "" : "&community=" + community);
    var r = api.get("/api/v1/leaderboards/" + metric + query).bearer(v.token()).send();
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> places = (List<Map<String, Object>>) r.field("places");
    return places.stream()
        .filter(p -> ((Number) p.get("volunteerId")).longValue() == v.volunteerId())
        .map(p -> ((Number) p.get("score")).doubleValue())
        .findFirst()
        .orElse(0.0);
  }
}
