package org.gridlink.volunteers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.gridlink.support.Api;
import org.gridlink.support.FakeWechat;
import org.gridlink.support.SquareGrid;

/**
 * Test data for volunteers: one square grid (about 330 m a side) in a fresh community somewhere in
 * China, residents who sign in through the fake WeChat and bind a phone, approved volunteers, and
 * activities in the middle of the square.
 */
final class VolunteerFixtures {
  private static final Random RANDOM = new Random();
  private static final AtomicLong PHONES = new AtomicLong(System.nanoTime() % 10_000_000L);

  final String community;
  final String grid;
  final double lat0;
  final double lng0;
  private final Api api;
  private final FakeWechat wechat;
  private final String staff;

  /** A resident's token, subject and (when approved) volunteer id. */
  record Person(String token, String subject, long volunteerId) {}

  VolunteerFixtures(Api api, FakeWechat wechat, String staff) {
    this.api = api;
    this.wechat = wechat;
    this.staff = staff;
    synchronized (RANDOM) {
      community = "7" + String.format("%05d", RANDOM.nextInt(100_000)) + "001001";
      lat0 = 26 + RANDOM.nextDouble() * 10;
      lng0 = 106 + RANDOM.nextDouble() * 10;
    }
    grid = community + "001";
    importSquare();
  }

  /** The middle of the square. */
  double lat() {
    return lat0 + 0.0015;
  }

  double lng() {
    return lng0 + 0.00175;
  }

  private void importSquare() {
    String tag = UUID.randomUUID().toString().substring(0, 6);
    Map<String, Object> props =
        SquareGrid.properties(grid, "志愿测试" + tag + "网格", community, "志愿测试" + tag + "社区", "志愿区");
    SquareGrid.importSquare(api, staff, props, lat0, lng0, 0.003, 0.0035);
  }

  /** A resident signed in through WeChat; with a bound phone when {@code phone}. */
  Person resident(boolean phone) {
    var session =
        api.post("/api/v1/auth/wechat", Map.of("code", wechat.loginCode(wechat.newOpenid(), null)))
            .send();
    assertThat(session.status()).as(session.body()).isEqualTo(200);
    String token = session.text("accessToken");
    if (phone) {
      String number = "136" + String.format("%08d", PHONES.incrementAndGet() % 100_000_000L);
      var bound =
          api.post("/api/v1/me/phone", Map.of("code", wechat.phoneCode(number)))
              .bearer(token)
              .send();
      assertThat(bound.status()).as(bound.body()).isEqualTo(200);
    }
    return new Person(token, session.text("subject"), 0);
  }

  Api.Response apply(Person p, String realName) {
    return api.post("/api/v1/volunteers/me", Map.of("realName", realName, "gridCode", grid))
        .bearer(p.token())
        .send();
  }

  /** A resident who applied and whom staff approved. */
  Person volunteer() {
    Person p = resident(true);
    var applied = apply(p, "志愿者" + UUID.randomUUID().toString().substring(0, 4));
    assertThat(applied.status()).as(applied.body()).isEqualTo(201);
    long id = ((Number) applied.field("id")).longValue();
    var approved =
        api.post("/api/v1/admin/volunteers/" + id + "/approve", Map.of()).bearer(staff).send();
    assertThat(approved.status()).as(approved.body()).isEqualTo(200);
    return new Person(p.token(), p.subject(), id);
  }

  /** An activity at the square's middle (or the given coordinates), publishing through the API. */
  long activity(Instant start, Instant end, int capacity, int pointsPerHour, int cap) {
    return activity(start, end, capacity, pointsPerHour, cap, lat(), lng(), "wgs84");
  }

  long activity(
      Instant start,
      Instant end,
      int capacity,
      int pointsPerHour,
      int cap,
      double lat,
      double lng,
      String crs) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("title", "清洁家园");
    body.put("place", "社区广场");
    body.put("lat", lat);
    body.put("lng", lng);
    body.put("crs", crs);
    body.put("radiusM", 100);
    body.put("startsAt", start.toString());
    body.put("endsAt", end.toString());
    body.put("capacity", capacity);
    body.put("pointsPerHour", pointsPerHour);
    body.put("pointsCap", cap);
    var r = api.post("/api/v1/admin/activities", body).bearer(staff).send();
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return ((Number) r.field("id")).longValue();
  }

  String qrToken(long activityId) {
    var r = api.get("/api/v1/admin/activities/" + activityId + "/qr").bearer(staff).send();
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(r.text("url")).endsWith("/#/volunteer/scan?t=" + r.text("token"));
    assertThat(r.text("image")).startsWith("data:image/png;base64,");
    return r.text("token");
  }

  Api.Response signUp(Person p, long activityId) {
    return api.post("/api/v1/activities/" + activityId + "/signup", Map.of())
        .bearer(p.token())
        .send();
  }

  Api.Response scan(Person p, String action, String token, double lat, double lng, String crs) {
    return api.post(
            "/api/v1/activities/" + action,
            Map.of("token", token, "lat", lat, "lng", lng, "crs", crs))
        .bearer(p.token())
        .send();
  }
}
