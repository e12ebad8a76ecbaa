package org.gridlink.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gridlink.reports.ReportStatus;
import org.junit.jupiter.api.Test;

/**
 * Departments rated by case outcomes, through the staff API, against a small data set whose figures
 * are worked out by hand below. Times are hours after {@code base} (taken once every report of the
 * first batch is accepted, so each case was accepted a few seconds before it and is due 72 h after:
 * exposed garbage, DAILY severity).
 *
 * <pre>
 * case  events (hours, status, department)                         counts for  outcome
 * c1    1 dispatched 环卫所, 10 resolved 环卫所                        环卫所     on time
 * c2    1 dispatched 环卫所, 80 resolved 环卫所                        环卫所     late
 * c3    1 dispatched 环卫所, 20 resolved 环卫所, reopened at 21        环卫所     on time, reopened
 * c4    1 dispatched 区指挥中心, 2 in_progress 城管执法局,
 *       30 resolved 城管执法局                                        城管执法局 on time (moved)
 * c5    1 in_progress 城管执法局, never resolved                       城管执法局 past due at 81
 * c6    accepted at 50, 51 dispatched 区指挥中心, never resolved         区指挥中心 not due yet
 * c7    0.5 dispatched 环卫所, 5 resolved 环卫所                        环卫所     before the period
 * c9    1 dispatched 区指挥中心, 3 rejected 市场监管局                    市场监管局 rejected
 * period [0.75, 100), asked at 81.
 *
 * 环卫所:     handled 3, resolved 3, on time 2, assessed 3, reopened 1, median 20 h
 * 城管执法局: handled 2, resolved 1, on time 1, assessed 2, reopened 0, median 30 h
 * 区指挥中心: handled 1, resolved 0, assessed 0
 * 市场监管局: handled 1, rejected 1, assessed 0
 * mean on-time rate 3/5 = 0.6; prior weight 10: 环卫所 (6 + 2) / 13, 城管执法局 (6 + 1) / 12,
 * the others 0.6 (nothing assessed); Wilson 95 %: 2 of 3 = [0.20766, 0.93851], 1 of 2 = [0.09453,
 * 0.90547].
 * </pre>
 */
abstract class DepartmentRatingsContract extends GovernanceSetup {
  static final String SANITATION = "环卫所";
  static final String ENFORCEMENT = "城管执法局";
  static final String COMMAND = "区指挥中心";
  static final String MARKET = "市场监管局";

  Instant base;
  String staff;
  String scope;

  /** Builds the data set once for the class (the clock only moves forward). */
  synchronized void dataSet() throws Exception {
    if (base != null) {
      return;
    }
    staff = accounts.dev("STAFF", "dept-" + UUID.randomUUID().toString().substring(0, 6));
    scope = city.grid.substring(0, 12);
    long c1 = report();
    long c2 = report();
    String reporter3 = city.resident("d" + UUID.randomUUID().toString().substring(0, 8));
    long c3 = city.accepted(reporter3, false);
    long c4 = report();
    long c5 = report();
    long c7 = report();
    long c9 = report();
    dispatcher.drain();
    // Whole seconds: the database keeps milliseconds, and the period's ends must be exact.
    base = clock.instant().truncatedTo(ChronoUnit.SECONDS);

    emit(c7, "dispatched", SANITATION, 0.5);
    for (long c : List.of(c1, c2, c3)) {
      emit(c, "dispatched", SANITATION, 1);
    }
    emit(c4, "dispatched", COMMAND, 1);
    emit(c5, "in_progress", ENFORCEMENT, 1);
    emit(c9, "dispatched", COMMAND, 1);
    emit(c4, "in_progress", ENFORCEMENT, 2);
    emit(c9, "rejected", MARKET, 3);
    emit(c7, "resolved", SANITATION, 5);
    emit(c1, "resolved", SANITATION, 10);
    emit(c3, "resolved", SANITATION, 20);
    assertThat(status(c3)).isEqualTo(ReportStatus.RESOLVED);

    // c3: the resident says "not fixed" at 21 h; the report is reopened and sent back.
    moveTo(21);
    notFixed(reporter3, c3);
    assertThat(status(c3)).isEqualTo(ReportStatus.REOPENED);

    emit(c4, "resolved", ENFORCEMENT, 30);
    moveTo(50);
    long c6 = report();
    dispatcher.drain();
    emit(c6, "dispatched", COMMAND, 51);
    emit(c2, "resolved", SANITATION, 80);
    moveTo(81);
  }

  long report() {
    return city.accepted(city.resident("d" + UUID.randomUUID().toString().substring(0, 8)), false);
  }

  void emit(long caseId, String status, String department, double hours) {
    sim.emit(caseId, status, department, "note", at(hours));
  }

  Instant at(double hours) {
    return base.plus(Duration.ofSeconds(Math.round(hours * 3600)));
  }

  void moveTo(double hours) {
    clock.advance(Duration.between(clock.instant(), at(hours)));
  }

  void notFixed(String token, long reportId) {
    var list = api.get("/api/v1/surveys").bearer(token).send();
    assertThat(list.status()).as(list.body()).isEqualTo(200);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> followups = (List<Map<String, Object>>) list.field("followups");
    long id =
        followups.stream()
            .filter(f -> ((Number) f.get("refId")).longValue() == reportId)
            .map(f -> ((Number) f.get("id")).longValue())
            .findFirst()
            .orElseThrow();
    var answered =
        api.post(
                "/api/v1/surveys/followups/" + id + "/answer",
                Map.of("fixed", "NO", "satisfaction", 1, "comment", "没有清运"))
            .bearer(token)
            .send();
    assertThat(answered.status()).as(answered.body()).isEqualTo(200);
  }

  String query(double fromHours, double toHours, String area) {
    return "?from=" + at(fromHours) + "&to=" + at(toHours) + "&scope=" + area;
  }

  @SuppressWarnings("unchecked")
  List<Map<String, Object>> rows(String query) {
    var r = api.get("/api/v1/admin/surveys/departments" + query).bearer(staff).send();
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return (List<Map<String, Object>>) r.field("rows");
  }

  static double number(Map<String, Object> row, String field) {
    return ((Number) row.get(field)).doubleValue();
  }

  @Test
  void everyFigureMatchesTheHandComputedDataSet() throws Exception {
    dataSet();
    var r =
        api.get("/api/v1/admin/surveys/departments" + query(0.75, 100, scope)).bearer(staff).send();
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(((Number) r.field("meanOnTimeRate")).doubleValue()).isCloseTo(0.6, within(1e-9));
    assertThat(r.text("scope")).isEqualTo(scope);
    List<Map<String, Object>> rows = rows(query(0.75, 100, scope));
    // Best smoothed on-time rate first; equal ones by name.
    assertThat(rows.stream().map(x -> x.get("department")))
        .containsExactly(SANITATION, COMMAND, MARKET, ENFORCEMENT);

    Map<String, Object> sanitation = rows.get(0);
    assertCounts(sanitation, 3, 3, 2, 0, 3, 1);
    assertThat(number(sanitation, "onTimeRate")).isCloseTo(2 / 3.0, within(1e-9));
    assertThat(number(sanitation, "smoothed")).isCloseTo(8 / 13.0, within(1e-9));
    assertThat(number(sanitation, "low")).isCloseTo(0.20766, within(1e-5));
    assertThat(number(sanitation, "high")).isCloseTo(0.93851, within(1e-5));
    assertThat(number(sanitation, "reopenRate")).isCloseTo(1 / 3.0, within(1e-9));
    assertThat(number(sanitation, "medianHoursToResolution")).isCloseTo(20, within(0.02));

    Map<String, Object> enforcement = rows.get(3);
    assertCounts(enforcement, 2, 1, 1, 0, 2, 0);
    assertThat(number(enforcement, "onTimeRate")).isCloseTo(0.5, within(1e-9));
    assertThat(number(enforcement, "smoothed")).isCloseTo(7 / 12.0, within(1e-9));
    assertThat(number(enforcement, "low")).isCloseTo(0.09453, within(1e-5));
    assertThat(number(enforcement, "high")).isCloseTo(0.90547, within(1e-5));
    assertThat(number(enforcement, "reopenRate")).isZero();
    assertThat(number(enforcement, "medianHoursToResolution")).isCloseTo(30, within(0.02));

    // Moved on to 城管执法局, c4 is not counted for 区指挥中心 as well; c6 is open, not due yet.
    Map<String, Object> command = rows.get(1);
    assertCounts(command, 1, 0, 0, 0, 0, 0);
    assertThat(command.get("onTimeRate")).isNull();
    assertThat(command.get("reopenRate")).isNull();
    assertThat(command.get("medianHoursToResolution")).isNull();
    assertThat(number(command, "smoothed")).isCloseTo(0.6, within(1e-9));
    assertThat(number(command, "low")).isZero();
    assertThat(number(command, "high")).isEqualTo(1.0);

    Map<String, Object> market = rows.get(2);
    assertCounts(market, 1, 0, 0, 1, 0, 0);
  }

  static void assertCounts(
      Map<String, Object> row,
      long handled,
      long resolved,
      long onTime,
      long rejected,
      long assessed,
      long reopened) {
    assertThat(row)
        .containsEntry("handled", (int) handled)
        .containsEntry("resolved", (int) resolved)
        .containsEntry("resolvedOnTime", (int) onTime)
        .containsEntry("rejected", (int) rejected)
        .containsEntry("assessed", (int) assessed)
        .containsEntry("reopened", (int) reopened);
  }

  @Test
  void thePeriodCountsACaseFromItsDepartmentsFirstEventAndTheScopeFollowsTheGridChain()
      throws Exception {
    dataSet();
    // c7's first 环卫所 event (0.5 h) is before the period; with it, 环卫所 has 4 cases.
    Map<String, Object> withC7 =
        rows(query(0, 100, scope)).stream()
            .filter(x -> SANITATION.equals(x.get("department")))
            .findFirst()
            .orElseThrow();
    assertCounts(withC7, 4, 4, 3, 0, 4, 1);
    // [0.75, 1) holds no department's first event: the end is exclusive.
    assertThat(rows(query(0.75, 1, scope))).isEmpty();
    // Street (9 digits) and grid (15) scopes hold the same cases; another street none.
    assertThat(rows(query(0.75, 100, scope.substring(0, 9)))).hasSize(4);
    assertThat(rows(query(0.75, 100, city.grid))).hasSize(4);
    assertThat(rows(query(0.75, 100, "699999999"))).isEmpty();

    var backwards =
        api.get("/api/v1/admin/surveys/departments" + query(10, 1, scope)).bearer(staff).send();
    assertThat(backwards.status()).isEqualTo(400);
    var badScope =
        api.get("/api/v1/admin/surveys/departments" + query(0, 1, "12a")).bearer(staff).send();
    assertThat(badScope.status()).isEqualTo(400);
  }

  @Test
  void exportsParseBackToTheSameFigures() throws Exception {
    dataSet();
    byte[] csv = download("csv");
    assertThat(csv[0]).isEqualTo((byte) 0xEF);
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
    assertThat(records.stream().map(x -> x.get("department")))
        .containsExactly(SANITATION, COMMAND, MARKET, ENFORCEMENT);
    CSVRecord sanitation = records.get(0);
    assertThat(sanitation.get("handled")).isEqualTo("3");
    assertThat(sanitation.get("resolved_on_time")).isEqualTo("2");
    assertThat(sanitation.get("assessed")).isEqualTo("3");
    assertThat(Double.parseDouble(sanitation.get("on_time_rate"))).isEqualTo(0.6667);
    assertThat(Double.parseDouble(sanitation.get("smoothed_on_time_rate"))).isEqualTo(0.6154);
    assertThat(Double.parseDouble(sanitation.get("ci_low"))).isEqualTo(0.2077);
    assertThat(Double.parseDouble(sanitation.get("ci_high"))).isEqualTo(0.9385);
    assertThat(sanitation.get("reopened")).isEqualTo("1");
    assertThat(Double.parseDouble(sanitation.get("reopen_rate"))).isEqualTo(0.3333);
    assertThat(Double.parseDouble(sanitation.get("median_hours_to_resolution")))
        .isCloseTo(20, within(0.02));
    CSVRecord command = records.get(1);
    assertThat(command.get("on_time_rate")).isEmpty();
    assertThat(command.get("median_hours_to_resolution")).isEmpty();

    byte[] xlsx = download("xlsx");
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      Sheet sheet = book.getSheetAt(0);
      assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("department");
      assertThat(sheet.getRow(0).getCell(6).getStringCellValue()).isEqualTo("on_time_rate");
      assertThat(sheet.getLastRowNum()).isEqualTo(4);
      Row last = sheet.getRow(4);
      assertThat(last.getCell(0).getStringCellValue()).isEqualTo(ENFORCEMENT);
      assertThat(last.getCell(1).getNumericCellValue()).isEqualTo(2.0);
      assertThat(last.getCell(6).getNumericCellValue()).isEqualTo(0.5);
      assertThat(last.getCell(7).getNumericCellValue()).isEqualTo(0.5833);
      assertThat(last.getCell(11).getNumericCellValue()).isEqualTo(0.0);
    }
  }

  private byte[] download(String format) throws Exception {
    var r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(
                            server.getURL()
                                + "/api/v1/admin/surveys/departments/export"
                                + query(0.75, 100, scope)
                                + "&format="
                                + format))
                    .header("Authorization", "Bearer " + staff)
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Disposition").orElseThrow())
        .contains("departments-" + scope + "." + format);
    return r.body();
  }

  @Test
  void residentsAndGridWorkersAreRefused() throws Exception {
    dataSet();
    String resident = city.resident("r" + UUID.randomUUID().toString().substring(0, 8));
    String worker = accounts.dev("GRID_WORKER", "w" + UUID.randomUUID().toString().substring(0, 8));
    for (String token : List.of(resident, worker)) {
      for (String path : List.of("", "/export")) {
        var r =
            api.get("/api/v1/admin/surveys/departments" + path + query(0, 100, scope))
                .bearer(token)
                .send();
        assertThat(r.status()).as(path).isEqualTo(403);
      }
    }
    assertThat(api.get("/api/v1/admin/surveys/departments" + query(0, 100, scope)).send().status())
        .isEqualTo(401);
  }
}
