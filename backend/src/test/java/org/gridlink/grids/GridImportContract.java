package org.gridlink.grids;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gridlink.support.Api;
import org.gridlink.support.MutableClock;
import org.gridlink.support.TestAccounts;
import org.junit.jupiter.api.Test;

/** Import validation, atomicity, boundary versions and export; H2 and MariaDB. */
abstract class GridImportContract {
  @Inject Api api;
  @Inject TestAccounts accounts;
  @Inject MutableClock clock;
  @Inject GridsFacade grids;

  Api.Response importGrids(Object collection) {
    return api.post("/api/v1/admin/grids/import", collection)
        .bearer(accounts.admin())
        .english()
        .send();
  }

  List<Map<String, Object>> errors(Api.Response r) {
    @SuppressWarnings("unchecked")
    var errors = (List<Map<String, Object>>) r.field("errors");
    return errors;
  }

  @Test
  void everyProblemIsListedWithItsFeatureAndNothingIsImported() {
    TestGrids t = TestGrids.somewhere();
    List<Object> features = new ArrayList<>();
    features.add(t.square(t.code(1), 0, 0, 1, 1));
    // A bow tie: its edges cross.
    features.add(
        t.feature(
            t.code(2),
            List.of(
                List.of(t.lng(2), t.lat(0)),
                List.of(t.lng(3), t.lat(1)),
                List.of(t.lng(3), t.lat(0)),
                List.of(t.lng(2), t.lat(1)),
                List.of(t.lng(2), t.lat(0)))));
    features.add(t.square(t.code(1), 0, 5, 1, 1));
    // Overlaps grid 1 by half of a cell.
    features.add(t.square(t.code(4), 0, 0.5, 1, 1));
    features.add(
        t.feature(t.code(5), List.of(List.of(t.lng(7), t.lat(0)), List.of(t.lng(8), t.lat(0)))));
    var r = importGrids(TestGrids.collection(features));
    assertThat(r.status()).as(r.body()).isEqualTo(422);
    assertThat(r.text("type")).isEqualTo("urn:gridlink:problem:grid-import-invalid");
    assertThat(r.header("Content-Type")).startsWith("application/problem+json");
    var errors = errors(r);
    assertThat(errors)
        .anySatisfy(
            e -> {
              assertThat(e.get("field")).isEqualTo("features[1]");
              assertThat(e.get("message").toString())
                  .contains(t.code(2))
                  .contains("not a valid polygon");
            });
    assertThat(errors)
        .anySatisfy(
            e -> {
              assertThat(e.get("field")).isEqualTo("features[2]");
              assertThat(e.get("message").toString()).contains(t.code(1)).contains("feature 0");
            });
    double halfCell =
        TestGrids.DLAT
            * TestGrids.DLNG
            / 2
            * LocalProjection.METRES_PER_DEGREE_LAT
            * LocalProjection.METRES_PER_DEGREE_LAT
            * Math.cos(Math.toRadians(t.lat(0.5)));
    assertThat(errors)
        .anySatisfy(
            e -> {
              assertThat(e.get("message").toString())
                  .contains(t.code(1))
                  .contains(t.code(4))
                  .contains("overlap by");
              long area =
                  Long.parseLong(
                      e.get("message").toString().replaceAll(".*overlap by (\\d+) m.*", "$1"));
              assertThat((double) area)
                  .isCloseTo(halfCell, org.assertj.core.data.Percentage.withPercentage(2));
            });
    assertThat(errors)
        .anySatisfy(
            e -> {
              assertThat(e.get("field")).isEqualTo("features[4]");
              assertThat(e.get("message").toString()).contains("three distinct points");
            });
    // Nothing was written, not even the valid grid.
    assertThat(api.get("/api/v1/grids/" + t.code(1) + "/board").send().status()).isEqualTo(404);
    assertThat(
            api.get("/api/v1/grids/locate?lat=" + t.lat(0.5) + "&lng=" + t.lng(0.1))
                .send()
                .status())
        .isIn(200, 404)
        .satisfies(
            s ->
                assertThat(
                        api.get("/api/v1/grids/locate?lat=" + t.lat(0.5) + "&lng=" + t.lng(0.1))
                            .send()
                            .body())
                    .doesNotContain(t.code(1)));
  }

  @Test
  void aGapInsideACommunityIsReportedAndWrongWindingIsFine() {
    TestGrids t = TestGrids.somewhere();
    List<Object> ring = new ArrayList<>();
    int n = 1;
    for (int r = 0; r < 3; r++) {
      for (int c = 0; c < 3; c++) {
        if (r != 1 || c != 1) {
          ring.add(t.square(t.code(n++), r, c, 1, 1));
        }
      }
    }
    var r = importGrids(TestGrids.collection(ring));
    assertThat(r.status()).as(r.body()).isEqualTo(422);
    assertThat(errors(r))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.get("field")).isEqualTo("features[0]");
              assertThat(e.get("message").toString()).contains(t.community).contains("gap");
            });
    // The same squares plus the middle one, that one drawn clockwise: accepted.
    ring.add(
        t.feature(
            t.code(9),
            List.of(
                List.of(t.lng(1), t.lat(1)),
                List.of(t.lng(1), t.lat(2)),
                List.of(t.lng(2), t.lat(2)),
                List.of(t.lng(2), t.lat(1)),
                List.of(t.lng(1), t.lat(1)))));
    var ok = importGrids(TestGrids.collection(ring));
    assertThat(ok.status()).as(ok.body()).isEqualTo(200);
    assertThat(ok.field("created")).isEqualTo(9);
  }

  @Test
  void reimportKeepsTheOldBoundaryForPointInTimeLookups() {
    TestGrids t = TestGrids.somewhere();
    assertThat(importGrids(t.block(1, 2)).status()).isEqualTo(200);
    Instant before = clock.instant();
    clock.advance(Duration.ofMinutes(5));
    // Move the shared edge a third of a cell west: grid 2 takes a strip from grid 1.
    var moved =
        TestGrids.collection(
            List.of(t.square(t.code(1), 0, 0, 1, 0.66), t.square(t.code(2), 0, 0.66, 1, 1.34)));
    var again = importGrids(moved);
    assertThat(again.status()).as(again.body()).isEqualTo(200);
    assertThat(again.field("updated")).isEqualTo(2);
    assertThat(importGrids(moved).field("unchanged")).isEqualTo(2);

    double lat = t.lat(0.5);
    double lng = t.lng(0.8);
    var now = api.get("/api/v1/grids/locate?lat=" + lat + "&lng=" + lng).send();
    assertThat(now.body()).contains("\"grid\":{\"code\":\"" + t.code(2));
    assertThat(grids.gridCodeAt(lat, lng, before)).contains(t.code(1));
    assertThat(grids.gridCodeAt(lat, lng, clock.instant())).contains(t.code(2));

    var versions =
        api.get("/api/v1/admin/grids/" + t.code(1) + "/versions").bearer(accounts.admin()).send();
    assertThat(versions.status()).isEqualTo(200);
    var list = versions.api().parseList(versions.body());
    assertThat(list).hasSize(2);
    assertThat(list.get(0).get("validTo")).isNotNull();
    assertThat(list.get(1).get("validTo")).isNull();
  }

  @Test
  void exportGivesBackTheImportedGridsAsGeoJson() {
    TestGrids t = TestGrids.somewhere();
    assertThat(importGrids(t.block(1, 2)).status()).isEqualTo(200);
    var r = api.get("/api/v1/admin/grids/export").bearer(accounts.admin()).send();
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.header("Content-Type")).startsWith("application/geo+json");
    assertThat(r.text("type")).isEqualTo("FeatureCollection");
    assertThat(r.body()).contains(t.code(1)).contains(t.code(2)).contains(t.communityName());
    assertThat(api.get("/api/v1/admin/grids/export").send().status()).isEqualTo(401);
  }

  @Test
  void notJsonAndNotAFeatureCollectionAreClearProblems() {
    var notJson =
        api.request("POST", "/api/v1/admin/grids/import")
            .raw("application/json", "{oops".getBytes())
            .bearer(accounts.admin())
            .send();
    assertThat(notJson.status()).isEqualTo(400);
    var wrong = importGrids(Map.of("type", "Feature"));
    assertThat(wrong.status()).isEqualTo(422);
    assertThat(errors(wrong))
        .singleElement()
        .satisfies(e -> assertThat(e.get("message").toString()).contains("FeatureCollection"));
  }

  @Test
  @SuppressWarnings("unchecked")
  void aCheckReportsOverlapsAndGapsWithTheirShapeAndChangesNothing() {
    TestGrids t = TestGrids.somewhere();
    List<Object> features = new ArrayList<>();
    int n = 1;
    for (int r = 0; r < 3; r++) {
      for (int c = 0; c < 3; c++) {
        if (r != 1 || c != 1) {
          features.add(t.square(t.code(n++), r, c, 1, 1));
        }
      }
    }
    // Overlaps the first square by half a cell, and leaves the middle still open.
    features.add(t.square(t.code(9), 0, 0.5, 1, 0.5));
    var r =
        api.post("/api/v1/admin/grids/import/check", TestGrids.collection(features))
            .bearer(accounts.admin())
            .english()
            .send();
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(r.field("features")).isEqualTo(9);
    var issues = (List<Map<String, Object>>) r.field("issues");
    assertThat(issues)
        .anySatisfy(
            i -> {
              assertThat(i.get("kind")).isEqualTo("overlap");
              assertThat(i.get("message").toString()).contains(t.code(9)).contains("m²");
              var geometry = (Map<String, Object>) i.get("geometry");
              assertThat(geometry.get("type")).isEqualTo("Polygon");
            });
    assertThat(issues)
        .anySatisfy(
            i -> {
              assertThat(i.get("kind")).isEqualTo("hole");
              assertThat(i.get("featureIndex")).isEqualTo(0);
              assertThat(((Map<String, Object>) i.get("geometry")).get("type"))
                  .isEqualTo("Polygon");
            });
    // Checking wrote nothing.
    assertThat(api.get("/api/v1/grids/" + t.code(1) + "/board").send().status()).isEqualTo(404);

    features.remove(features.size() - 1);
    features.add(t.square(t.code(9), 1, 1, 1, 1));
    var clean =
        api.post("/api/v1/admin/grids/import/check", TestGrids.collection(features))
            .bearer(accounts.admin())
            .send();
    assertThat((List<Object>) clean.field("issues")).isEmpty();
    var residents =
        api.post("/api/v1/admin/grids/import/check", TestGrids.collection(features)).send();
    assertThat(residents.status()).isEqualTo(401);
  }

  @Test
  @SuppressWarnings("unchecked")
  void staffListGridsByNameOrCodeAndExportOne() {
    TestGrids t = TestGrids.somewhere();
    assertThat(importGrids(t.block(1, 2)).status()).isEqualTo(200);
    var page = api.get("/api/v1/admin/grids?size=5&q=" + t.code(2)).bearer(accounts.admin()).send();
    assertThat(page.status()).as(page.body()).isEqualTo(200);
    assertThat((List<Map<String, Object>>) page.field("items"))
        .singleElement()
        .satisfies(g -> assertThat(g.get("communityCode")).isEqualTo(t.community));
    var one = api.get("/api/v1/admin/grids/" + t.code(2) + "/geojson").bearer(accounts.admin());
    var geo = one.send();
    assertThat(geo.status()).isEqualTo(200);
    assertThat(geo.header("Content-Type")).startsWith("application/geo+json");
    assertThat((List<Map<String, Object>>) geo.field("features"))
        .singleElement()
        .satisfies(
            f ->
                assertThat(((Map<String, Object>) f.get("properties")).get("code"))
                    .isEqualTo(t.code(2)));
    assertThat(
            api.get("/api/v1/admin/grids/999999999999999/geojson")
                .bearer(accounts.admin())
                .send()
                .status())
        .isEqualTo(404);
    assertThat(api.get("/api/v1/admin/grids").send().status()).isEqualTo(401);
    var map = api.get("/api/v1/grids/map").send();
    assertThat(map.status()).isEqualTo(200);
    assertThat(map.field("tileUrl")).isEqualTo("");
    assertThat(map.field("lat")).isEqualTo(32.06);
  }
}
