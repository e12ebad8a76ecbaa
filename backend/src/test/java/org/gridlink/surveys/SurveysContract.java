package org.gridlink.surveys;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gridlink.support.Api;
import org.gridlink.support.FakeWechat;
import org.gridlink.support.MutableClock;
import org.gridlink.support.TestAccounts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Satisfaction campaigns through the API, with residents signed in through (fake) WeChat: who may
 * answer, one response per resident, changes, results and exports, and what a worker can see.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SurveysContract implements TestPropertyProvider {
  final FakeWechat wechat = new FakeWechat();

  @Inject Api api;
  @Inject TestAccounts accounts;
  @Inject MutableClock clock;
  @Inject EmbeddedServer server;

  String staff;
  SurveyFixtures city;

  @Override
  public Map<String, String> getProperties() {
    return wechat.properties();
  }

  @AfterAll
  void stopFake() {
    wechat.close();
  }

  @BeforeEach
  void city() {
    staff = accounts.dev("STAFF", "surveys");
    city = new SurveyFixtures(api, staff, 2);
  }

  /** A resident signed in through WeChat, with a real account. */
  String resident() {
    var r =
        api.post("/api/v1/auth/wechat", Map.of("code", wechat.loginCode(wechat.newOpenid(), null)))
            .send();
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.text("accessToken");
  }

  void homeGrid(String token, String grid) {
    var r =
        api.request("PUT", "/api/v1/me/home-grid")
            .json(Map.of("gridCode", grid))
            .bearer(token)
            .send();
    assertThat(r.status()).as(r.body()).isEqualTo(200);
  }

  /** A campaign over both grids that starts a minute from now and lasts a week; then it starts. */
  long startedCampaign(Runnable beforeStart) {
    Instant start = clock.instant().plus(Duration.ofMinutes(1));
    long id = city.campaign("满意度测评", start, start.plus(Duration.ofDays(7)), city.grids);
    beforeStart.run();
    clock.advance(Duration.ofMinutes(2));
    return id;
  }

  List<Map<String, Object>> invites(String token) {
    var r = api.get("/api/v1/surveys").bearer(token).send();
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> campaigns = (List<Map<String, Object>>) r.field("campaigns");
    return campaigns;
  }

  @Test
  void aHomeGridChosenAfterTheStartDoesNotMakeAResidentEligible() {
    String before = resident();
    String after = resident();
    String grid = city.grids.get(0);
    long id = startedCampaign(() -> homeGrid(before, grid));
    homeGrid(after, grid);

    assertThat(invites(before)).extracting(c -> ((Number) c.get("id")).longValue()).contains(id);
    assertThat(invites(after))
        .extracting(c -> ((Number) c.get("id")).longValue())
        .doesNotContain(id);
    var accepted = city.respond(before, id, city.answer(grid, "SATISFIED", true, null), null);
    assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
    var refused = city.respond(after, id, city.answer(grid, "SATISFIED", true, null), null);
    assertThat(refused.status()).as(refused.body()).isEqualTo(403);
    // Eligible for grid 1 does not allow rating grid 2.
    var other =
        city.respond(before, id, city.answer(city.grids.get(1), "SATISFIED", true, null), null);
    assertThat(other.status()).isEqualTo(403);
  }

  @Test
  void parallelSubmissionsLeaveOneResponseAndAChangeReplacesIt() throws Exception {
    String me = resident();
    String grid = city.grids.get(0);
    long id = startedCampaign(() -> homeGrid(me, grid));
    List<Callable<Integer>> calls = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      String level = i % 2 == 0 ? "VERY_SATISFIED" : "DISSATISFIED";
      calls.add(() -> city.respond(me, id, city.answer(grid, level, true, null), null).status());
    }
    var pool = Executors.newFixedThreadPool(8);
    try {
      for (var f : pool.invokeAll(calls)) {
        assertThat(f.get()).isEqualTo(200);
      }
    } finally {
      pool.shutdown();
    }
    assertThat(city.tally(id).status()).isEqualTo(200);
    var first = city.results(id, "level=GRID");
    assertThat(first.field("responses")).isEqualTo(1);

    var changed = city.respond(me, id, city.answer(grid, "BASICALLY_SATISFIED", false, "还行"), null);
    assertThat(changed.status()).as(changed.body()).isEqualTo(200);
    assertThat(changed.json().get("response").toString()).contains("BASICALLY_SATISFIED");
    city.tally(id);
    var after = city.results(id, "level=WORKER");
    assertThat(after.field("responses")).isEqualTo(1);
    assertThat(after.field("basic")).isEqualTo(2);
    assertThat(after.field("very")).isEqualTo(0);
    assertThat(after.field("dissatisfied")).isEqualTo(0);

    clock.advance(Duration.ofDays(8));
    var closed = city.respond(me, id, city.answer(grid, "SATISFIED", true, null), null);
    assertThat(closed.status()).isEqualTo(409);
  }

  @Test
  void resultsAndExportsAgreeAndAWorkerSeesNoRespondent() throws Exception {
    String a = resident();
    String b = resident();
    String grid = city.grids.get(0);
    long id =
        startedCampaign(
            () -> {
              homeGrid(a, grid);
              homeGrid(b, grid);
            });
    city.respond(a, id, city.answer(grid, "VERY_SATISFIED", true, "网格员很负责"), "dev-a");
    city.respond(b, id, city.answer(grid, "DISSATISFIED", false, null), "dev-b");
    city.tally(id);
    var results = city.results(id, "level=WORKER&limit=10");
    assertThat(results.status()).as(results.body()).isEqualTo(200);
    assertThat(results.field("responses")).isEqualTo(2);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> rows = (List<Map<String, Object>>) results.field("rows");
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).get("satisfactionRate")).isEqualTo(0.5);
    assertThat(rows.get(0).get("awareness")).isEqualTo(0.5);
    assertThat(results.body()).doesNotContain("resident:").doesNotContain("dev-a");

    byte[] csv = download(id, "WORKER", "csv");
    List<CSVRecord> records =
        CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(
                new InputStreamReader(
                    new ByteArrayInputStream(csv, 3, csv.length - 3), StandardCharsets.UTF_8))
            .getRecords();
    assertThat(records).hasSize(2);
    CSVRecord chief =
        records.stream().filter(x -> x.get("name").startsWith("网格长")).findFirst().orElseThrow();
    assertThat(chief.get("grid_code")).isEqualTo(grid);
    assertThat(chief.get("code")).isEqualTo(String.valueOf(city.workers.get(grid).get(0)));
    assertThat(Double.parseDouble(chief.get("satisfaction_rate"))).isEqualTo(0.5);
    assertThat(Double.parseDouble(chief.get("awareness_rate"))).isEqualTo(0.5);

    byte[] xlsx = download(id, "GRID", "xlsx");
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      Sheet sheet = book.getSheetAt(0);
      assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("code");
      assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo(grid);
      assertThat(sheet.getRow(1).getCell(3).getNumericCellValue()).isEqualTo(2.0);
      assertThat(sheet.getRow(1).getCell(14).getNumericCellValue()).isEqualTo(0.5);
    }

    // A grid worker has no way to the results, the flagged list or the exports.
    String worker = accounts.dev("GRID_WORKER", "w" + System.nanoTime());
    for (String path : List.of("/results", "/flagged", "/export?format=csv", "")) {
      var r = api.get("/api/v1/admin/surveys/campaigns/" + id + path).bearer(worker).send();
      assertThat(r.status()).as(path).isEqualTo(403);
    }
    // A resident sees only their own response.
    var mine = api.get("/api/v1/surveys").bearer(b).send();
    assertThat(mine.body()).doesNotContain("网格员很负责");
  }

  private byte[] download(long id, String level, String format) throws Exception {
    var r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(
                            server.getURL()
                                + "/api/v1/admin/surveys/campaigns/"
                                + id
                                + "/export?level="
                                + level
                                + "&format="
                                + format))
                    .header("Authorization", "Bearer " + staff)
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Disposition").orElse("")).contains(format);
    return r.body();
  }
}
