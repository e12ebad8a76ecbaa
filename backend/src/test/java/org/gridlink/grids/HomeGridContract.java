package org.gridlink.grids;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.gridlink.identity.IdentityFacade;
import org.gridlink.support.Api;
import org.gridlink.support.MutableClock;
import org.gridlink.support.TestAccounts;
import org.junit.jupiter.api.Test;

/**
 * The resident's home grid: chosen by code or by location (never silently from an approximate or
 * boundary location), kept with its history for "which grid was home at time T"; H2 and MariaDB.
 */
abstract class HomeGridContract {
  @Inject Api api;
  @Inject TestAccounts accounts;
  @Inject IdentityFacade identity;
  @Inject MutableClock clock;
  @Inject DataSource dataSource;

  /** A 1 × 2 block of grids somewhere new, imported by the admin. */
  TestGrids grids() {
    TestGrids t = TestGrids.somewhere();
    var imported =
        api.post("/api/v1/admin/grids/import", t.block(1, 2)).bearer(accounts.admin()).send();
    assertThat(imported.status()).as(imported.body()).isEqualTo(200);
    return t;
  }

  /** A new dev resident: its token and subject. */
  String[] resident() {
    String name = "居民" + UUID.randomUUID().toString().substring(0, 8);
    return new String[] {accounts.dev("RESIDENT", name), "dev:RESIDENT:" + name};
  }

  Api.Response put(String token, Map<String, Object> body) {
    return api.request("PUT", "/api/v1/me/home-grid").json(body).bearer(token).english().send();
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Object o) {
    return (Map<String, Object>) o;
  }

  @Test
  void aResidentChoosesByCodeAndTheHistoryAnswersForAnyMoment() {
    TestGrids t = grids();
    String[] r = resident();
    assertThat(api.get("/api/v1/me/home-grid").bearer(r[0]).send().field("homeGrid")).isNull();

    var first = put(r[0], Map.of("gridCode", t.code(1)));
    assertThat(first.status()).as(first.body()).isEqualTo(200);
    assertThat(first.field("set")).isEqualTo(true);
    assertThat(map(first.field("homeGrid")).get("gridCode")).isEqualTo(t.code(1));
    assertThat(map(first.field("homeGrid")).get("name").toString()).contains("银杏苑");
    Instant since1 = Instant.parse(map(first.field("homeGrid")).get("since").toString());

    clock.advance(Duration.ofMinutes(5));
    // The same grid again changes nothing: "since" stays the day it became home.
    var again = put(r[0], Map.of("gridCode", t.code(1)));
    assertThat(map(again.field("homeGrid")).get("since")).isEqualTo(since1.toString());

    clock.advance(Duration.ofMinutes(5));
    var second = put(r[0], Map.of("gridCode", t.code(2)));
    Instant since2 = Instant.parse(map(second.field("homeGrid")).get("since").toString());
    assertThat(since2).isAfter(since1);

    assertThat(identity.homeGrid(r[1]))
        .hasValueSatisfying(
            h -> {
              assertThat(h.gridCode()).isEqualTo(t.code(2));
              assertThat(h.since()).isEqualTo(since2);
            });
    assertThat(identity.homeGridAt(r[1], since1.minusMillis(1))).isEmpty();
    assertThat(identity.homeGridAt(r[1], since1)).contains(t.code(1));
    assertThat(identity.homeGridAt(r[1], since2.minusMillis(1))).contains(t.code(1));
    assertThat(identity.homeGridAt(r[1], since2)).contains(t.code(2));
    assertThat(api.get("/api/v1/me").bearer(r[0]).send().text("homeGridCode")).isEqualTo(t.code(2));

    clock.advance(Duration.ofMinutes(5));
    assertThat(api.request("DELETE", "/api/v1/me/home-grid").bearer(r[0]).send().status())
        .isEqualTo(204);
    assertThat(identity.homeGrid(r[1])).isEmpty();
    // The history still knows the second grid was home in between.
    assertThat(identity.homeGridAt(r[1], since2.plusSeconds(60))).contains(t.code(2));
    assertThat(api.get("/api/v1/me").bearer(r[0]).send().field("homeGridCode")).isNull();
  }

  @Test
  void aLocationClearlyInsideOneGridSetsItAndAnUnclearOneOnlySuggests() {
    TestGrids t = grids();
    String[] r = resident();
    var inside = put(r[0], Map.of("lat", t.lat(0.5), "lng", t.lng(0.5), "crs", "wgs84"));
    assertThat(inside.status()).as(inside.body()).isEqualTo(200);
    assertThat(inside.field("set")).isEqualTo(true);
    assertThat(map(inside.field("homeGrid")).get("gridCode")).isEqualTo(t.code(1));

    // A few metres from the border between the two grids: candidates, nothing changes.
    var border = put(r[0], Map.of("lat", t.lat(0.5), "lng", t.lng(1.0) + 0.00005));
    assertThat(border.status()).as(border.body()).isEqualTo(200);
    assertThat(border.field("set")).isEqualTo(false);
    assertThat((List<?>) map(border.field("located")).get("candidates")).isNotEmpty();
    assertThat(map(border.field("homeGrid")).get("gridCode")).isEqualTo(t.code(1));

    // Outside every grid but near: the nearest one is only suggested, flagged approximate.
    var near = put(r[0], Map.of("lat", t.lat(-1.5), "lng", t.lng(1.5)));
    assertThat(near.field("set")).isEqualTo(false);
    assertThat(map(near.field("located")).get("approximate")).isEqualTo(true);
    assertThat(identity.homeGrid(r[1]).orElseThrow().gridCode()).isEqualTo(t.code(1));

    // Far from any grid, or nonsense: problems, never a 500.
    assertThat(put(r[0], Map.of("lat", t.lat(-200), "lng", t.lng(0.5))).status()).isEqualTo(404);
    assertThat(put(r[0], Map.of("lat", 91.0, "lng", 118.0)).status()).isEqualTo(400);
    assertThat(put(r[0], Map.of("lat", 32.0, "lng", 118.0, "crs", "mars")).status()).isEqualTo(400);
  }

  @Test
  void badChoicesAreProblemsAndTheProfileNoLongerChangesTheHomeGrid() {
    TestGrids t = grids();
    String[] r = resident();
    var unknown = put(r[0], Map.of("gridCode", "NO-SUCH-" + t.tag));
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.text("detail")).contains("NO-SUCH-");
    assertThat(put(r[0], Map.of("gridCode", "<script>")).status()).isEqualTo(400);
    assertThat(put(r[0], Map.of()).status()).isEqualTo(400);
    var both = put(r[0], Map.of("gridCode", t.code(1), "lat", t.lat(0.5), "lng", t.lng(0.5)));
    assertThat(both.status()).isEqualTo(400);

    var patched =
        api.request("PATCH", "/api/v1/me")
            .json(Map.of("homeGridCode", t.code(1)))
            .bearer(r[0])
            .english()
            .send();
    assertThat(patched.status()).isEqualTo(400);
    assertThat(patched.text("detail")).contains("home grid page");
    assertThat(identity.homeGrid(r[1])).isEmpty();

    var staff = put(accounts.admin(), Map.of("gridCode", t.code(1)));
    assertThat(staff.status()).isEqualTo(403);
    assertThat(api.request("PUT", "/api/v1/me/home-grid").json(Map.of()).send().status())
        .isEqualTo(401);
  }

  @Test
  void parallelChangesLeaveExactlyOneCurrentHomeGrid() throws Exception {
    TestGrids t = grids();
    String[] r = resident();
    put(r[0], Map.of("gridCode", t.code(1)));
    var pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<Integer>> calls = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        String code = t.code(1 + i % 2);
        calls.add(() -> put(r[0], Map.of("gridCode", code)).status());
      }
      for (Future<Integer> f : pool.invokeAll(calls)) {
        assertThat(f.get()).isEqualTo(200);
      }
    } finally {
      pool.shutdownNow();
    }
    String current = identity.homeGrid(r[1]).orElseThrow().gridCode();
    assertThat(openPeriods(current)).isEqualTo(1);
  }

  /** Open history rows of residents whose current home grid is {@code gridCode}. */
  private int openPeriods(String gridCode) throws Exception {
    DataSource raw = DelegatingDataSource.unwrapDataSource(dataSource);
    try (Connection c = raw.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT COUNT(*) FROM resident_home_grid h JOIN resident_account a"
                    + " ON a.id = h.resident_id WHERE a.home_grid_code = ?"
                    + " AND h.valid_until IS NULL")) {
      ps.setString(1, gridCode);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    }
  }
}
