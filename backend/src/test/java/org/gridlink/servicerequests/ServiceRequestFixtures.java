package org.gridlink.servicerequests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.gridlink.support.Api;
import org.gridlink.support.FakeWechat;
import org.gridlink.support.SquareGrid;
import org.gridlink.support.TestAccounts;

/**
 * Builds what a service request needs, through the API as staff and people would: a fresh grid
 * somewhere random (a square of about 300 m), its workers, worker accounts linked through a bound
 * phone, and residents with a home grid.
 */
final class ServiceRequestFixtures {
  private static final Random RANDOM = new Random();
  private final Api api;
  private final TestAccounts accounts;
  private final FakeWechat wechat;

  ServiceRequestFixtures(Api api, TestAccounts accounts, FakeWechat wechat) {
    this.api = api;
    this.accounts = accounts;
    this.wechat = wechat;
  }

  /** A grid and a point well inside it. */
  record Place(String code, double lat, double lng) {}

  /** A new grid (its own district, street and community), imported by the admin; its code. */
  String grid() {
    return place().code();
  }

  /** A new grid as {@link #grid()}, with its centre. */
  Place place() {
    double lat;
    double lng;
    String district;
    synchronized (RANDOM) {
      lat = 25 + RANDOM.nextDouble() * 14;
      lng = 103 + RANDOM.nextDouble() * 16;
      district = "8" + String.format("%05d", RANDOM.nextInt(100_000));
    }
    String community = district + "002" + "003";
    String code = community + "001";
    String tag = UUID.randomUUID().toString().substring(0, 6);
    Map<String, Object> props =
        SquareGrid.properties(code, "服务测试" + tag + "网格", community, "服务" + tag + "社区", "服务区");
    double d = 0.003;
    SquareGrid.importSquare(api, accounts.admin(), props, lat, lng, d, d);
    return new Place(code, lat + d / 2, lng + d / 2);
  }

  /** A small real JPEG uploaded by the token's owner; its media id. */
  String photo(String token) {
    var image = new java.awt.image.BufferedImage(64, 48, java.awt.image.BufferedImage.TYPE_INT_RGB);
    var out = new java.io.ByteArrayOutputStream();
    try {
      javax.imageio.ImageIO.write(image, "jpg", out);
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
    var r =
        api.request("POST", "/api/v1/media")
            .multipart("file", "photo.jpg", "image/jpeg", out.toByteArray())
            .bearer(token)
            .send();
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.text("id");
  }

  /** A worker serving the grids; its id. */
  long worker(String name, String role, boolean onDuty, String... grids) {
    var w =
        api.post(
                "/api/v1/admin/workers",
                Map.of(
                    "name", name,
                    "role", role,
                    "fullTime", true,
                    "onDuty", onDuty,
                    "gridCodes", List.of(grids)))
            .bearer(accounts.admin())
            .send();
    assertThat(w.status()).as(w.body()).isEqualTo(201);
    return ((Number) w.field("id")).longValue();
  }

  /**
   * The worker's own WeChat account: signed in, phone bound, linked by staff, signed in again so
   * the token carries GRID_WORKER. Returns that token.
   */
  String workerToken(long workerId) {
    String openid = wechat.newOpenid();
    String first = signIn(openid).text("accessToken");
    String phone = "136" + String.format("%08d", RANDOM.nextInt(100_000_000));
    var bound =
        api.post("/api/v1/me/phone", Map.of("code", wechat.phoneCode(phone))).bearer(first).send();
    assertThat(bound.status()).as(bound.body()).isEqualTo(200);
    var linked =
        api.post("/api/v1/admin/workers/" + workerId + "/account", Map.of("phone", phone))
            .bearer(accounts.admin())
            .send();
    assertThat(linked.status()).as(linked.body()).isEqualTo(200);
    var again = signIn(openid);
    assertThat(again.body()).contains("GRID_WORKER");
    return again.text("accessToken");
  }

  /** A resident (WeChat sign-in) whose home grid is {@code grid}; token and subject. */
  String[] resident(String grid) {
    var session = signIn(wechat.newOpenid());
    String token = session.text("accessToken");
    if (grid != null) {
      var home =
          api.request("PUT", "/api/v1/me/home-grid")
              .json(Map.of("gridCode", grid))
              .bearer(token)
              .send();
      assertThat(home.status()).as(home.body()).isEqualTo(200);
    }
    return new String[] {token, session.text("subject")};
  }

  private Api.Response signIn(String openid) {
    var r = api.post("/api/v1/auth/wechat", Map.of("code", wechat.loginCode(openid, null))).send();
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r;
  }

  /** A consultation request body (one required field). */
  static Map<String, Object> consultation(String question) {
    Map<String, Object> body = new HashMap<>();
    body.put("typeCode", "CONSULTATION");
    body.put("answers", Map.of("question", question));
    return body;
  }

  /** Submits with a fresh Idempotency-Key. */
  Api.Response submit(String token, Map<String, Object> body) {
    return api.post("/api/v1/service-requests", body)
        .bearer(token)
        .header("Idempotency-Key", "sr-" + UUID.randomUUID())
        .english()
        .send();
  }

  static long id(Api.Response r) {
    return ((Number) r.field("id")).longValue();
  }

  @SuppressWarnings("unchecked")
  static List<String> timelineKinds(Api.Response r) {
    List<String> kinds = new ArrayList<>();
    for (Map<String, Object> e : (List<Map<String, Object>>) r.field("timeline")) {
      kinds.add(e.get("kind").toString());
    }
    return kinds;
  }
}
