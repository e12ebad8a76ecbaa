package org.gridlink.reports;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.gridlink.support.Api;
import org.gridlink.support.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Photo reports end to end through the API; H2 + in-process, and MariaDB + Redis. */
abstract class ReportsContract {
  @Inject Api api;
  @Inject TestAccounts accounts;
  @Inject AcceptedEvents accepted;

  ReportFixtures city;
  String staff;

  @BeforeEach
  void city() {
    city = new ReportFixtures();
    staff = accounts.dev("STAFF", "screening");
    city.importGrids(api, staff);
  }

  String resident() {
    return accounts.dev("RESIDENT", "r" + UUID.randomUUID().toString().substring(0, 8));
  }

  @Test
  void aReportIsPlacedInItsGridWithSeverityDueTimeAndFlags() {
    String me = resident();
    String photo = ReportFixtures.upload(api, me, ReportFixtures.fixture("jpg/gps/DSCN0010.jpg"));
    var r =
        ReportFixtures.submit(
            api, me, city.body("FACILITY_MANHOLE", city.lat(), city.lng(), List.of(photo), false));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    assertThat(r.text("gridCode")).isEqualTo(city.west());
    assertThat(r.text("severity")).isEqualTo("SERIOUS");
    assertThat(r.text("status")).isEqualTo("SUBMITTED");
    assertThat(r.text("trackingCode")).matches("[2-9A-HJKMNP-Z]{10}");
    Instant created = Instant.parse(r.text("createdAt"));
    assertThat(Instant.parse(r.text("dueAt"))).isEqualTo(created.plus(Duration.ofHours(12)));
    // The Nikon's GPS is in Italy and its photo from 2008: flagged for staff, not refused.
    assertThat(r.json().get("flags").toString()).contains("PHOTO_GPS_FAR").contains("PHOTO_OLD");
    assertThat(r.body()).contains("路边井盖缺失").contains("\"photos\"");
  }

  @Test
  void aPhotoWithoutMetadataIsFlaggedNotRefused() {
    String me = resident();
    String photo = ReportFixtures.upload(api, me, ReportFixtures.plainPng());
    var r =
        ReportFixtures.submit(
            api, me, city.body("ENV_POLLUTION", city.lat(), city.lng(), List.of(photo), false));
    assertThat(r.status()).isEqualTo(201);
    assertThat(r.json().get("flags").toString()).contains("NO_PHOTO_METADATA");
  }

  @Test
  void onTheSharedEdgeTheNeighbourIsKeptAsACandidate() {
    String me = resident();
    String photo = ReportFixtures.upload(api, me, ReportFixtures.plainPng());
    var r =
        ReportFixtures.submit(
            api, me, city.body("OTHER", city.lat(), city.edgeLng(), List.of(photo), false));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    assertThat(List.of(city.west(), city.east())).contains(r.text("gridCode"));
    assertThat(r.json().get("gridCandidates").toString()).containsAnyOf(city.west(), city.east());
    assertThat(r.json().get("flags").toString()).contains("NEAR_GRID_BOUNDARY");
  }

  @Test
  void retriesWithTheSameKeyFileOneReport() {
    String me = resident();
    String photo = ReportFixtures.upload(api, me, ReportFixtures.plainPng());
    var body = city.body("OTHER", city.lat(), city.lng(), List.of(photo), false);
    String key = UUID.randomUUID().toString();
    var first = api.post("/api/v1/reports", body).header("Idempotency-Key", key).bearer(me).send();
    var again = api.post("/api/v1/reports", body).header("Idempotency-Key", key).bearer(me).send();
    assertThat(first.status()).isEqualTo(201);
    assertThat(again.status()).isEqualTo(201);
    assertThat(again.field("id")).isEqualTo(first.field("id"));
    var mine = api.get("/api/v1/reports/mine").bearer(me).send();
    assertThat(mine.field("totalItems")).isEqualTo(1);
    var withoutKey = api.post("/api/v1/reports", body).bearer(me).send();
    assertThat(withoutKey.status()).isEqualTo(400);
  }

  @Test
  void concurrentSubmitsRespectTheDailyLimit() throws Exception {
    String me = resident();
    List<String> photos = new ArrayList<>();
    for (int i = 0; i < ReportService.REPORTS_PER_DAY + 4; i++) {
      photos.add(ReportFixtures.upload(api, me, ReportFixtures.plainPng()));
    }
    List<Callable<Integer>> calls = new ArrayList<>();
    for (String p : photos) {
      calls.add(
          () ->
              ReportFixtures.submit(
                      api, me, city.body("OTHER", city.lat(), city.lng(), List.of(p), false))
                  .status());
    }
    var pool = Executors.newFixedThreadPool(8);
    try {
      List<Integer> statuses = new ArrayList<>();
      for (var f : pool.invokeAll(calls)) {
        statuses.add(f.get());
      }
      assertThat(statuses).filteredOn(s -> s == 201).hasSize(ReportService.REPORTS_PER_DAY);
      assertThat(statuses).filteredOn(s -> s == 429).hasSize(4);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void onlyTheReporterAndStaffSeeAReport() {
    String a = resident();
    String b = resident();
    String photo = ReportFixtures.upload(api, a, ReportFixtures.plainPng());
    long id =
        ((Number)
                ReportFixtures.submit(
                        api, a, city.body("OTHER", city.lat(), city.lng(), List.of(photo), false))
                    .field("id"))
            .longValue();
    assertThat(api.get("/api/v1/reports/" + id).bearer(a).send().status()).isEqualTo(200);
    assertThat(api.get("/api/v1/reports/" + id).bearer(b).send().status()).isEqualTo(404);
    assertThat(api.get("/api/v1/reports/" + id).bearer(staff).send().status()).isEqualTo(200);
    assertThat(api.post("/api/v1/reports/" + id + "/withdraw", Map.of()).bearer(b).send().status())
        .isEqualTo(404);
    // B cannot attach A's photo either.
    String aPhoto = ReportFixtures.upload(api, a, ReportFixtures.plainPng());
    var stolen =
        ReportFixtures.submit(
            api, b, city.body("OTHER", city.lat(), city.lng(), List.of(aPhoto), false));
    assertThat(stolen.status()).isEqualTo(400);
  }

  @Test
  void trackingShowsNoReporterAndACoarsePlaceWhenAnonymous() {
    String me = resident();
    String photo = ReportFixtures.upload(api, me, ReportFixtures.plainPng());
    var r =
        ReportFixtures.submit(
            api, me, city.body("ENV_GARBAGE", city.lat(), city.lng(), List.of(photo), true));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    var tracked = api.get("/api/v1/reports/track/" + r.text("trackingCode").toLowerCase()).send();
    assertThat(tracked.status()).isEqualTo(200);
    assertThat(tracked.body()).doesNotContain("reporter").doesNotContain("dev:RESIDENT");
    double lat = ((Number) tracked.field("lat")).doubleValue();
    assertThat(lat).isEqualTo(Math.round(city.lat() * 1000.0) / 1000.0);
    assertThat(api.get("/api/v1/reports/track/NOSUCHCODE").send().status()).isEqualTo(404);
  }

  @Test
  void staffScreenAcceptRejectAndMarkDuplicates() {
    String me = resident();
    long first = submitSimple(me, false);
    long second = submitSimple(me, false);
    long third = submitSimple(me, false);

    var ok = api.post("/api/v1/admin/reports/" + first + "/accept", Map.of()).bearer(staff).send();
    assertThat(ok.status()).as(ok.body()).isEqualTo(200);
    assertThat(ok.text("status")).isEqualTo("ACCEPTED");
    assertThat(accepted.seen)
        .anyMatch(e -> e.reportId() == first && city.west().equals(e.gridCode()));

    var no =
        api.post("/api/v1/admin/reports/" + second + "/reject", Map.of("reason", "不属于本社区管辖"))
            .bearer(staff)
            .send();
    assertThat(no.text("status")).isEqualTo("REJECTED");
    var seenByResident = api.get("/api/v1/reports/" + second).bearer(me).send();
    assertThat(seenByResident.text("rejectReason")).isEqualTo("不属于本社区管辖");
    assertThat(seenByResident.body()).contains("\"byStaff\":true");

    var dup =
        api.post("/api/v1/admin/reports/" + third + "/duplicate", Map.of("of", first))
            .bearer(staff)
            .send();
    assertThat(dup.text("status")).isEqualTo("DUPLICATE");
    assertThat(((Number) dup.field("duplicateOf")).longValue()).isEqualTo(first);

    var again =
        api.post("/api/v1/admin/reports/" + second + "/accept", Map.of()).bearer(staff).send();
    assertThat(again.status()).isEqualTo(409);
    assertThat(
            api.post("/api/v1/admin/reports/" + first + "/accept", Map.of())
                .bearer(me)
                .send()
                .status())
        .isEqualTo(403);
  }

  @Test
  void aResidentMayWithdrawBeforeItIsPassedOn() {
    String me = resident();
    long id = submitSimple(me, false);
    var w = api.post("/api/v1/reports/" + id + "/withdraw", Map.of()).bearer(me).send();
    assertThat(w.text("status")).isEqualTo("WITHDRAWN");
    assertThat(
            api.post("/api/v1/admin/reports/" + id + "/accept", Map.of())
                .bearer(staff)
                .send()
                .status())
        .isEqualTo(409);
  }

  @Test
  void nearbyOpenReportsAreOfferedForMeToo() {
    String first = resident();
    long id = submitSimple(first, false);
    String second = resident();
    var near =
        api.get(
                "/api/v1/reports/nearby?lat="
                    + (city.lat() + 0.0003)
                    + "&lng="
                    + city.lng()
                    + "&category=OTHER")
            .bearer(second)
            .send();
    assertThat(near.status()).as(near.body()).isEqualTo(200);
    assertThat(near.body()).contains("\"id\":" + id);
    assertThat(
            api.post("/api/v1/reports/" + id + "/follow", Map.of()).bearer(second).send().status())
        .isEqualTo(204);
    assertThat(
            api.post("/api/v1/reports/" + id + "/follow", Map.of()).bearer(second).send().status())
        .isEqualTo(204);
    assertThat(
            ((Number) api.get("/api/v1/reports/" + id).bearer(first).send().field("followers"))
                .intValue())
        .isEqualTo(1);
    var far =
        api.get(
                "/api/v1/reports/nearby?lat="
                    + (city.lat() + 0.01)
                    + "&lng="
                    + city.lng()
                    + "&category=OTHER")
            .bearer(second)
            .send();
    assertThat(far.body()).doesNotContain("\"id\":" + id + ",");
  }

  @Test
  void badInputIsAClearProblem() {
    String me = resident();
    String photo = ReportFixtures.upload(api, me, ReportFixtures.plainPng());
    var unknown =
        ReportFixtures.submit(
            api, me, city.body("NO_SUCH", city.lat(), city.lng(), List.of(photo), false));
    assertThat(unknown.status()).isEqualTo(400);
    var noPhotos =
        ReportFixtures.submit(
            api, me, city.body("OTHER", city.lat(), city.lng(), List.of(), false));
    assertThat(noPhotos.status()).isEqualTo(400);
    assertThat(noPhotos.body()).contains("mediaIds");
    var anonymousDispute =
        ReportFixtures.submit(
            api, me, city.body("DISPUTE_NEIGHBOUR", city.lat(), city.lng(), List.of(photo), true));
    assertThat(anonymousDispute.status()).isEqualTo(400);
    var categories = api.get("/api/v1/report-categories").english().send();
    assertThat(categories.body()).contains("Damaged or missing manhole cover");
  }

  private long submitSimple(String token, boolean anonymous) {
    String photo = ReportFixtures.upload(api, token, ReportFixtures.plainPng());
    var r =
        ReportFixtures.submit(
            api, token, city.body("OTHER", city.lat(), city.lng(), List.of(photo), anonymous));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return ((Number) r.field("id")).longValue();
  }
}
