package org.gridlink.reports;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.gridlink.support.Api;
import org.gridlink.support.FakeWechat;
import org.gridlink.support.MutableClock;
import org.gridlink.support.TestAccounts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * WeChat content security on reports against the fake WeChat server: the description at submit, the
 * photos through mediaCheckAsync and the signed callback, the 30-minute limit.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ContentCheckContract implements TestPropertyProvider {
  final FakeWechat wechat = new FakeWechat();

  @Inject Api api;
  @Inject TestAccounts accounts;
  @Inject MutableClock clock;
  @Inject ContentCheckVerdicts verdicts;
  @Inject ContentCheckParts.PhotoChecks photoChecks;

  ReportFixtures city;
  String staff;
  String resident;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> p = new HashMap<>(wechat.properties());
    // The test runs the sweep itself.
    p.put("gridlink.reports.content-check-sweep", "1h");
    return p;
  }

  @AfterAll
  void stopFake() {
    wechat.close();
  }

  @AfterEach
  void resetSwitches() {
    wechat.failNextWith(0);
  }

  @BeforeEach
  void city() {
    city = new ReportFixtures();
    staff = accounts.dev("STAFF", "content");
    city.importGrids(api, staff);
    var r =
        api.post("/api/v1/auth/wechat", Map.of("code", wechat.loginCode(wechat.newOpenid(), null)))
            .send();
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    resident = r.text("accessToken");
  }

  Map<String, Object> body(String category, String description, int photos) {
    List<String> media =
        java.util.stream.IntStream.range(0, photos)
            .mapToObj(i -> ReportFixtures.upload(api, resident, ReportFixtures.plainPng()))
            .toList();
    Map<String, Object> b = city.body(category, city.lat(), city.lng(), media, false);
    b.put("description", description);
    return b;
  }

  Api.Response view(long id) {
    return api.get("/api/v1/reports/" + id).bearer(staff).send();
  }

  List<String> traces(long id) {
    return photoChecks.findByReportId(id).stream()
        .map(ContentCheckParts.PhotoCheck::traceId)
        .toList();
  }

  @Test
  void aRiskyDescriptionIsRefusedAndTheResidentOnlyRevisesIt() {
    Map<String, Object> b = body("FACILITY_MANHOLE", "井盖 RISKY words", 1);
    var refused = ReportFixtures.submit(api, resident, b);
    assertThat(refused.status()).as(refused.body()).isEqualTo(422);
    assertThat(refused.text("type")).isEqualTo("urn:gridlink:problem:content-refused");
    assertThat(refused.text("detail")).contains("修改");

    b.put("description", "路边井盖缺失");
    var ok = ReportFixtures.submit(api, resident, b);
    assertThat(ok.status()).as("the same photos are still usable: " + ok.body()).isEqualTo(201);
    assertThat(ok.text("status")).isEqualTo("UNDER_REVIEW");
    assertThat(ok.text("contentCheck")).isEqualTo("PENDING");
  }

  @Test
  void whenEveryPhotoPassesTheReportGoesOnAsUsual() {
    var manual = ReportFixtures.submit(api, resident, body("FACILITY_MANHOLE", "井盖缺失", 2));
    long id = ((Number) manual.field("id")).longValue();
    List<String> traces = traces(id);
    assertThat(traces).hasSize(2).doesNotContainNull();
    assertThat(wechat.mediaChecks()).anySatisfy(m -> assertThat(m).contains("/media/"));

    assertThat(callback(traces.get(0), "pass").status()).isEqualTo(200);
    assertThat(view(id).text("contentCheck")).as("one photo still out").isEqualTo("PENDING");
    assertThat(callback(traces.get(1), "pass").status()).isEqualTo(200);
    assertThat(view(id).text("contentCheck")).isEqualTo("PASSED");
    assertThat(view(id).text("status")).as("waits for staff as today").isEqualTo("UNDER_REVIEW");

    var auto = ReportFixtures.submit(api, resident, body("ENV_GARBAGE", "垃圾堆放", 1));
    long autoId = ((Number) auto.field("id")).longValue();
    assertThat(auto.text("status")).isEqualTo("UNDER_REVIEW");
    callback(traces(autoId).get(0), "pass");
    assertThat(view(autoId).text("status")).as("the auto-accept rule").isEqualTo("ACCEPTED");
  }

  @Test
  void aRiskyPhotoStaysForStaffWithAFlagNeverRejected() {
    var r = ReportFixtures.submit(api, resident, body("ENV_GARBAGE", "垃圾堆放", 2));
    long id = ((Number) r.field("id")).longValue();
    List<String> traces = traces(id);
    callback(traces.get(0), "pass");
    callback(traces.get(1), "risky");
    callback(traces.get(1), "risky"); // WeChat may push twice
    var v = view(id);
    assertThat(v.text("contentCheck")).isEqualTo("FLAGGED");
    assertThat(v.text("status")).isEqualTo("UNDER_REVIEW");
    assertThat(v.json().get("flags").toString()).contains("CONTENT_RISKY");
    var queue = api.get("/api/v1/admin/reports?area=" + city.community).bearer(staff).send();
    assertThat(queue.body()).contains(r.text("trackingCode"));
    var mine = api.get("/api/v1/reports/" + id).bearer(resident).send();
    assertThat(mine.text("status")).isEqualTo("UNDER_REVIEW");
  }

  @Test
  void withoutEveryVerdictIn30MinutesStaffDecideAndOnlyOneSweepMarksIt() throws Exception {
    var r = ReportFixtures.submit(api, resident, body("ENV_GARBAGE", "垃圾堆放", 2));
    long id = ((Number) r.field("id")).longValue();
    callback(traces(id).get(0), "pass");
    clock.advance(Duration.ofMinutes(29));
    verdicts.sweep();
    assertThat(view(id).text("contentCheck")).isEqualTo("PENDING");

    clock.advance(Duration.ofMinutes(2));
    // Four sweeps at once stand in for four instances: exactly one marks the report.
    var pool = Executors.newFixedThreadPool(4);
    List<Callable<Integer>> sweeps = java.util.Collections.nCopies(4, verdicts::sweep);
    pool.invokeAll(sweeps);
    pool.shutdown();
    var v = view(id);
    assertThat(v.text("contentCheck")).isEqualTo("TIMED_OUT");
    assertThat(v.text("status")).isEqualTo("UNDER_REVIEW");
    String flags = v.json().get("flags").toString();
    assertThat(flags.indexOf("CHECK_TIMED_OUT")).isEqualTo(flags.lastIndexOf("CHECK_TIMED_OUT"));
    assertThat(flags).contains("CHECK_TIMED_OUT");

    callback(traces(id).get(1), "pass");
    assertThat(view(id).text("contentCheck"))
        .as("a late verdict changes nothing")
        .isEqualTo("TIMED_OUT");
  }

  @Test
  void whenWechatCannotCheckTheTextTheReportGoesThroughFlagged() {
    wechat.failNextWith(45009);
    var r = ReportFixtures.submit(api, resident, body("FACILITY_MANHOLE", "井盖缺失", 1));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    assertThat(r.json().get("flags").toString()).contains("TEXT_UNCHECKED");
  }

  Api.Response callback(String trace, String suggest) {
    String body =
        "{\"ToUserName\":\"gh_1\",\"Event\":\"wxa_media_check\",\"trace_id\":\""
            + trace
            + "\",\"version\":2,\"result\":{\"suggest\":\""
            + suggest
            + "\",\"label\":100}}";
    // WeChat signs with real time; the callback checks against the (moved) clock.
    String ts = Long.toString(clock.instant().getEpochSecond());
    String[] parts = {FakeWechat.TOKEN, ts, "n1"};
    Arrays.sort(parts);
    var r =
        api.request(
                "POST",
                "/api/v1/wechat/callback?signature="
                    + sha1(String.join("", parts))
                    + "&timestamp="
                    + ts
                    + "&nonce=n1")
            .raw("application/json", body.getBytes(StandardCharsets.UTF_8))
            .send();
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r;
  }

  private static String sha1(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
