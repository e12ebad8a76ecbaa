package org.gridlink.surveys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.gridlink.support.Api;

/**
 * Test data for surveys: a fresh community of grids in a row (random codes and place, so runs on
 * the shared MariaDB never collide), one chief and one worker per grid, campaigns and responses.
 */
final class SurveyFixtures {
  static final double SIDE = 0.002;
  final String community;
  final List<String> grids = new ArrayList<>();

  /** Worker ids per grid, chief first. */
  final Map<String, List<Long>> workers = new HashMap<>();

  private final Api api;
  private final String staff;
  private final double south;
  private final double west;

  SurveyFixtures(Api api, String staff, int gridCount) {
    this.api = api;
    this.staff = staff;
    ThreadLocalRandom random = ThreadLocalRandom.current();
    community = "7" + String.format("%08d", random.nextInt(100_000_000)) + "001";
    south = 22 + random.nextDouble() * 15;
    west = 100 + random.nextDouble() * 18;
    List<Object> features = new ArrayList<>();
    for (int i = 0; i < gridCount; i++) {
      String code = community + String.format("%03d", i + 1);
      grids.add(code);
      features.add(square(code, i));
    }
    var imported =
        api.post(
                "/api/v1/admin/grids/import",
                Map.of("type", "FeatureCollection", "features", features))
            .bearer(staff)
            .send();
    assertThat(imported.status()).as(imported.body()).isEqualTo(200);
    for (String code : grids) {
      workers.put(
          code, List.of(worker(code, "GRID_CHIEF", "网格长"), worker(code, "GRID_WORKER", "网格员")));
    }
  }

  private Map<String, Object> square(String code, int column) {
    double w = west + column * SIDE;
    double e = w + SIDE;
    double n = south + SIDE;
    Map<String, Object> props = new HashMap<>();
    props.put("code", code);
    props.put("name", "测评" + code.substring(9) + "网格");
    props.put("type", "COMPREHENSIVE");
    props.put("districtCode", code.substring(0, 6));
    props.put("districtName", "测评区");
    props.put("streetCode", code.substring(0, 9));
    props.put("streetName", "测评街道");
    props.put("communityCode", community);
    props.put("communityName", "测评社区" + community.substring(6));
    List<List<Double>> ring =
        List.of(
            List.of(w, south), List.of(e, south), List.of(e, n), List.of(w, n), List.of(w, south));
    return Map.of(
        "type",
        "Feature",
        "properties",
        props,
        "geometry",
        Map.of("type", "Polygon", "coordinates", List.of(ring)));
  }

  private long worker(String grid, String role, String title) {
    Map<String, Object> body = new HashMap<>();
    body.put("name", title + grid.substring(12));
    body.put("role", role);
    body.put("fullTime", true);
    body.put("onDuty", true);
    body.put("gridCodes", List.of(grid));
    var r = api.post("/api/v1/admin/workers", body).bearer(staff).send();
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return ((Number) r.field("id")).longValue();
  }

  /** The middle of a grid, for choosing it as home grid by location. */
  double[] centre(String grid) {
    int column = grids.indexOf(grid);
    return new double[] {south + SIDE / 2, west + column * SIDE + SIDE / 2};
  }

  long campaign(String name, Instant start, Instant end, List<String> codes) {
    var r =
        api.post(
                "/api/v1/admin/surveys/campaigns",
                Map.of(
                    "name",
                    name,
                    "startsAt",
                    start.toString(),
                    "endsAt",
                    end.toString(),
                    "gridCodes",
                    codes))
            .bearer(staff)
            .send();
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return ((Number) r.field("id")).longValue();
  }

  /** A response body rating each of the grid's workers at {@code level}. */
  Map<String, Object> answer(String grid, String level, boolean knows, String comment) {
    List<Object> ratings = new ArrayList<>();
    for (long id : workers.get(grid)) {
      ratings.add(Map.of("workerId", id, "level", level));
    }
    Map<String, Object> body = new HashMap<>();
    body.put("gridCode", grid);
    body.put("knowsWorker", knows);
    body.put("ratings", ratings);
    body.put("comment", comment);
    return body;
  }

  Api.Response respond(String token, long campaign, Map<String, Object> body, String device) {
    var request =
        api.request("PUT", "/api/v1/surveys/campaigns/" + campaign + "/response")
            .json(body)
            .bearer(token);
    if (device != null) {
      request.header("X-Device-Id", device);
    }
    return request.send();
  }

  Api.Response tally(long campaign) {
    return api.post("/api/v1/admin/surveys/campaigns/" + campaign + "/tally", Map.of())
        .bearer(staff)
        .send();
  }

  Api.Response results(long campaign, String query) {
    return api.get("/api/v1/admin/surveys/campaigns/" + campaign + "/results?" + query)
        .bearer(staff)
        .send();
  }
}
