package org.gridlink.grids;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.gridlink.support.Api;
import org.gridlink.support.TestAccounts;
import org.junit.jupiter.api.Test;

/** Locate, boards and workers through the API as a resident and staff would; H2 and MariaDB. */
abstract class GridsContract {
  @Inject Api api;
  @Inject TestAccounts accounts;

  Api.Response importGrids(Object collection) {
    return api.post("/api/v1/admin/grids/import", collection).bearer(accounts.admin()).send();
  }

  Api.Response locate(double lat, double lng, String crs) {
    return api.get("/api/v1/grids/locate?lat=" + lat + "&lng=" + lng + "&crs=" + crs).send();
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Object o) {
    return (Map<String, Object>) o;
  }

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> list(Object o) {
    return (List<Map<String, Object>>) o;
  }

  @Test
  @SuppressWarnings("unchecked")
  void locateFindsTheGridItsChainAndABoardWithoutPrivatePhones() {
    TestGrids t = TestGrids.somewhere();
    var imported = importGrids(t.block(2, 2));
    assertThat(imported.status()).as(imported.body()).isEqualTo(200);
    assertThat(imported.field("created")).isEqualTo(4);
    var worker =
        api.post(
                "/api/v1/admin/workers",
                Map.of(
                    "name", "张伟",
                    "role", "GRID_WORKER",
                    "fullTime", true,
                    "officePhone", "025-84001234",
                    "privatePhone", "13900001111",
                    "duties", "矛盾纠纷排查、安全隐患巡查",
                    "serviceHours", "周一至周五 8:30-17:30",
                    "onDuty", true,
                    "gridCodes", List.of(t.code(0, 0, 2))))
            .bearer(accounts.admin())
            .send();
    assertThat(worker.status()).as(worker.body()).isEqualTo(201);
    assertThat(worker.text("privatePhone")).isEqualTo("13900001111");

    var r = locate(t.lat(0.5), t.lng(0.5), "wgs84");
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(map(r.field("grid")).get("code")).isEqualTo(t.code(0, 0, 2));
    assertThat(r.field("approximate")).isEqualTo(false);
    assertThat(list(r.field("candidates"))).isEmpty();
    assertThat(list(r.field("chain")))
        .extracting(a -> a.get("level"))
        .containsExactly("DISTRICT", "STREET", "COMMUNITY");
    var board = map(r.field("board"));
    assertThat(map(board.get("office")).get("phone")).isEqualTo("025-84000000");
    assertThat(list(board.get("workers")))
        .singleElement()
        .satisfies(
            w -> {
              assertThat(w.get("name")).isEqualTo("张伟");
              assertThat(w.get("officePhone")).isEqualTo("025-84001234");
              assertThat(w).doesNotContainKey("privatePhone");
            });
    assertThat((List<Object>) board.get("helpsWith")).containsExactly("矛盾纠纷排查", "安全隐患巡查");
    assertThat(board.get("qrUrl").toString()).endsWith("/#/g/" + t.code(0, 0, 2));
    assertThat(r.body()).doesNotContain("13900001111");

    var direct = api.get("/api/v1/grids/" + t.code(0, 0, 2) + "/board").send();
    assertThat(direct.status()).isEqualTo(200);
    assertThat(direct.body()).contains("张伟").doesNotContain("13900001111");
    var missing = api.get("/api/v1/grids/999999999999999/board").send();
    assertThat(missing.status()).isEqualTo(404);
  }

  @Test
  void gcj02PointsAreConvertedBeforeTheLookup() {
    TestGrids t = TestGrids.somewhere();
    assertThat(importGrids(t.block(3, 3)).status()).isEqualTo(200);
    var gcj = ChinaCoordinates.wgs84ToGcj02(t.lat(1.5), t.lng(1.5));
    var r = locate(gcj.lat(), gcj.lng(), "gcj02");
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(map(r.field("grid")).get("code")).isEqualTo(t.code(1, 1, 3));
    // Read as WGS-84, the same numbers land hundreds of metres away: not the middle grid.
    var wrong = locate(gcj.lat(), gcj.lng(), "wgs84");
    assertThat(wrong.body()).doesNotContain("\"code\":\"" + t.code(1, 1, 3) + "\",\"name\"");
  }

  @Test
  void nearABoundaryTheNeighboursAreCandidates() {
    TestGrids t = TestGrids.somewhere();
    assertThat(importGrids(t.block(1, 2)).status()).isEqualTo(200);
    // About 10 m west of the shared edge (one cell is about 330 m wide).
    var r = locate(t.lat(0.5), t.lng(0.97), "wgs84");
    assertThat(map(r.field("grid")).get("code")).isEqualTo(t.code(1));
    assertThat(list(r.field("candidates")))
        .extracting(c -> c.get("code"))
        .containsExactly(t.code(2));
    var middle = locate(t.lat(0.5), t.lng(0.5), "wgs84");
    assertThat(list(middle.field("candidates"))).isEmpty();
  }

  @Test
  void outsideEveryGridTheNearestWithinTwoKilometresIsApproximate() {
    TestGrids t = TestGrids.somewhere();
    assertThat(importGrids(t.block(1, 2)).status()).isEqualTo(200);
    double oneCellMetres =
        TestGrids.DLNG
            * LocalProjection.METRES_PER_DEGREE_LAT
            * Math.cos(Math.toRadians(t.lat(0.5)));
    var near = locate(t.lat(0.5), t.lng(-1), "wgs84");
    assertThat(near.status()).as(near.body()).isEqualTo(200);
    assertThat(near.field("approximate")).isEqualTo(true);
    assertThat(map(near.field("grid")).get("code")).isEqualTo(t.code(1));
    assertThat(((Number) near.field("distanceMetres")).doubleValue())
        .isCloseTo(oneCellMetres, org.assertj.core.data.Offset.offset(3.0));
    var far = locate(t.lat(0.5), t.lng(-20), "wgs84");
    assertThat(far.status()).isEqualTo(404);
    assertThat(far.text("type")).isEqualTo("urn:gridlink:problem:no-grid-here");
    assertThat(far.header("Content-Type")).startsWith("application/problem+json");
  }

  @Test
  void badCoordinatesAreProblemsNotErrors() {
    for (String query :
        List.of(
            "lat=NaN&lng=118.79",
            "lat=95&lng=118.79",
            "lat=32.06",
            "lat=abc&lng=118.79",
            "lat=32.06&lng=Infinity",
            "lat=51.5&lng=-0.12&crs=gcj02",
            "lat=32.06&lng=118.79&crs=bd09")) {
      var r = api.get("/api/v1/grids/locate?" + query).english().send();
      assertThat(r.status()).as(query).isEqualTo(400);
      assertThat(r.text("type")).as(query).isEqualTo("urn:gridlink:problem:coordinates-invalid");
      assertThat(r.text("detail")).as(query).isNotBlank();
    }
    var china = api.get("/api/v1/grids/locate?lat=51.5&lng=-0.12&crs=gcj02").english().send();
    assertThat(china.text("detail")).contains("inside China");
  }

  @Test
  void searchByPartOfAChineseNameLeadsToTheGrids() {
    TestGrids t = TestGrids.somewhere();
    assertThat(importGrids(t.block(1, 2)).status()).isEqualTo(200);
    var r =
        api.get(
                "/api/v1/grids/search?q="
                    + java.net.URLEncoder.encode(
                        "杏苑" + t.tag, java.nio.charset.StandardCharsets.UTF_8))
            .send();
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    List<Map<String, Object>> hits = r.api().parseList(r.body());
    assertThat(hits)
        .anySatisfy(
            h -> {
              assertThat(h.get("kind")).isEqualTo("COMMUNITY");
              assertThat(h.get("name")).isEqualTo(t.communityName());
              assertThat(list(h.get("grids")))
                  .extracting(g -> g.get("code"))
                  .containsExactly(t.code(1), t.code(2));
            });
    assertThat(hits).filteredOn(h -> "GRID".equals(h.get("kind"))).hasSize(2);
    assertThat(api.get("/api/v1/grids/search?q=").send().status()).isEqualTo(400);
    assertThat(api.get("/api/v1/grids/search?q=%25%25").send().status()).isEqualTo(400);
  }

  @Test
  void onlyStaffImportAndExport() {
    TestGrids t = TestGrids.somewhere();
    var anonymous = api.post("/api/v1/admin/grids/import", t.block(1, 1)).send();
    assertThat(anonymous.status()).isEqualTo(401);
    var resident =
        api.post("/api/v1/admin/grids/import", t.block(1, 1))
            .bearer(accounts.dev("RESIDENT", "小李"))
            .send();
    assertThat(resident.status()).isEqualTo(403);
    assertThat(api.get("/api/v1/admin/workers").send().status()).isEqualTo(401);
  }

  @Test
  void workersAreManagedAndCanGoAway() {
    TestGrids t = TestGrids.somewhere();
    assertThat(importGrids(t.block(1, 2)).status()).isEqualTo(200);
    Map<String, Object> draft =
        new java.util.HashMap<>(
            Map.of(
                "name",
                "李娜",
                "role",
                "GRID_CHIEF",
                "fullTime",
                false,
                "onDuty",
                true,
                "gridCodes",
                List.of(t.code(1), t.code(2))));
    var created = api.post("/api/v1/admin/workers", draft).bearer(accounts.admin()).send();
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    long id = ((Number) created.field("id")).longValue();
    assertThat(api.get("/api/v1/grids/" + t.code(2) + "/board").send().body()).contains("李娜");
    draft.put("onDuty", false);
    draft.put("gridCodes", List.of(t.code(1)));
    var updated =
        api.request("PUT", "/api/v1/admin/workers/" + id)
            .json(draft)
            .bearer(accounts.admin())
            .send();
    assertThat(updated.status()).as(updated.body()).isEqualTo(200);
    assertThat(api.get("/api/v1/grids/" + t.code(2) + "/board").send().body()).doesNotContain("李娜");
    var board = api.get("/api/v1/grids/" + t.code(1) + "/board").send();
    assertThat(list(board.field("workers")))
        .singleElement()
        .satisfies(w -> assertThat(w.get("onDuty")).isEqualTo(false));
    // A photo staff uploaded becomes the worker's; a made-up id is refused.
    var photo =
        api.request("POST", "/api/v1/media")
            .multipart("file", "photo.png", "image/png", png())
            .bearer(accounts.admin())
            .send();
    assertThat(photo.status()).as(photo.body()).isEqualTo(201);
    draft.put("photoMediaId", photo.text("id"));
    var withPhoto =
        api.request("PUT", "/api/v1/admin/workers/" + id)
            .json(draft)
            .bearer(accounts.admin())
            .send();
    assertThat(withPhoto.status()).as(withPhoto.body()).isEqualTo(200);
    assertThat(api.get("/api/v1/grids/" + t.code(1) + "/board").send().body())
        .contains(photo.text("id"));
    draft.put("photoMediaId", "NoSuchPhoto123");
    var unknownPhoto =
        api.request("PUT", "/api/v1/admin/workers/" + id)
            .json(draft)
            .bearer(accounts.admin())
            .send();
    assertThat(unknownPhoto.status()).isEqualTo(400);
    draft.remove("photoMediaId");
    draft.put("name", " ");
    var invalid = api.post("/api/v1/admin/workers", draft).bearer(accounts.admin()).send();
    assertThat(invalid.status()).isEqualTo(400);
    assertThat(api.get("/api/v1/admin/workers/999999999").bearer(accounts.admin()).send().status())
        .isEqualTo(404);
  }

  @Test
  void locateAnswersFromBoardsThatFollowWorkerAndOfficeChanges() {
    TestGrids t = TestGrids.somewhere();
    String code = t.code(0, 0, 1);
    Map<String, Object> block = t.block(1, 1);
    assertThat(importGrids(block).status()).isEqualTo(200);
    // The first lookup puts the (empty) board into the read model.
    assertThat(list(map(locateMiddle(t).get("board")).get("workers"))).isEmpty();

    Map<String, Object> draft = new java.util.HashMap<>();
    draft.putAll(Map.of("name", "周敏", "role", "GRID_MANAGER", "fullTime", true));
    draft.putAll(Map.of("onDuty", true, "officePhone", "025-84005555"));
    draft.put("gridCodes", List.of(code));
    var created = api.post("/api/v1/admin/workers", draft).bearer(accounts.admin()).send();
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    assertThat(list(map(locateMiddle(t).get("board")).get("workers")))
        .extracting(w -> w.get("name"))
        .containsExactly("周敏");

    draft.put("name", "周敏华");
    var renamed =
        api.request("PUT", "/api/v1/admin/workers/" + created.field("id"))
            .json(draft)
            .bearer(accounts.admin())
            .send();
    assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
    assertThat(list(map(locateMiddle(t).get("board")).get("workers")))
        .extracting(w -> w.get("name"))
        .containsExactly("周敏华");

    draft.put("gridCodes", List.of());
    api.request("PUT", "/api/v1/admin/workers/" + created.field("id"))
        .json(draft)
        .bearer(accounts.admin())
        .send();
    assertThat(list(map(locateMiddle(t).get("board")).get("workers"))).isEmpty();

    // A re-import that only moves the community office reaches the board too.
    for (Map<String, Object> f : list(block.get("features"))) {
      map(f.get("properties")).put("officePhone", "025-84009999");
    }
    assertThat(importGrids(block).status()).isEqualTo(200);
    assertThat(map(map(locateMiddle(t).get("board")).get("office")).get("phone"))
        .isEqualTo("025-84009999");
  }

  private static byte[] png() {
    try {
      var out = new java.io.ByteArrayOutputStream();
      javax.imageio.ImageIO.write(
          new java.awt.image.BufferedImage(32, 24, java.awt.image.BufferedImage.TYPE_INT_RGB),
          "png",
          out);
      return out.toByteArray();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private Map<String, Object> locateMiddle(TestGrids t) {
    var r = locate(t.lat(0.5), t.lng(0.5), "wgs84");
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return map(r.json());
  }
}
