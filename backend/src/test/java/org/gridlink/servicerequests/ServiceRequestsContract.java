package org.gridlink.servicerequests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridlink.servicerequests.ServiceRequestFixtures.consultation;
import static org.gridlink.servicerequests.ServiceRequestFixtures.id;
import static org.gridlink.servicerequests.ServiceRequestFixtures.timelineKinds;

import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.gridlink.support.Api;
import org.gridlink.support.FakeWechat;
import org.gridlink.support.MutableClock;
import org.gridlink.support.TestAccounts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Service requests end to end through the API: the catalog, a resident's request assigned to the
 * grid's on-duty workers, the worker's steps, confirm/rate and "not done", escalation and IDOR.
 * Runs on H2 and on MariaDB.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ServiceRequestsContract implements TestPropertyProvider {
  final FakeWechat wechat = new FakeWechat();

  @Inject Api api;
  @Inject TestAccounts accounts;
  @Inject MutableClock clock;
  @Inject CompletedEvents completed;
  @Inject EscalationJob escalation;
  ServiceRequestFixtures fx;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> p = new HashMap<>(wechat.properties());
    // The test drives the overdue check itself.
    p.put("gridlink.service-requests.escalation-enabled", "false");
    return p;
  }

  @BeforeAll
  void fixtures() {
    fx = new ServiceRequestFixtures(api, accounts, wechat);
  }

  @AfterAll
  void stopFake() {
    wechat.close();
  }

  Api.Response post(String path, Object body, String token) {
    return api.post(path, body).bearer(token).english().send();
  }

  Api.Response get(String path, String token) {
    return api.get(path).bearer(token).english().send();
  }

  @Test
  void theCatalogIsSeededAndStaffEditIt() {
    var types = api.get("/api/v1/service-requests/types").english().send();
    assertThat(api.parseList(types.body()))
        .extracting(t -> t.get("code"))
        .contains("PAPERWORK", "VISIT", "REPAIR", "MEDIATION", "CONSULTATION", "OTHER");
    assertThat(types.body()).contains("Home visit").contains("responseHours");

    String code = "T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    Map<String, Object> field =
        Map.of(
            "key", "what",
            "labelZh", "事项",
            "labelEn", "What",
            "type", "CHOICE",
            "required", true,
            "maxLength", 10,
            "options", List.of("甲", "乙"));
    Map<String, Object> draft =
        Map.of(
            "nameZh",
            "测试类型",
            "nameEn",
            "Test type",
            "fields",
            List.of(field),
            "responseHours",
            2,
            "sortOrder",
            99,
            "active",
            true);
    String staff = staffToken();
    var put =
        api.request("PUT", "/api/v1/admin/service-request-types/" + code)
            .json(draft)
            .bearer(staff)
            .send();
    assertThat(put.status()).as(put.body()).isEqualTo(200);
    assertThat(api.get("/api/v1/service-requests/types").send().body()).contains(code);

    Map<String, Object> twice = new HashMap<>(draft);
    twice.put("fields", List.of(field, field));
    var dup =
        api.request("PUT", "/api/v1/admin/service-request-types/" + code)
            .json(twice)
            .bearer(staff)
            .send();
    assertThat(dup.status()).isEqualTo(400);
    String resident = fx.resident(null)[0];
    var byResident =
        api.request("PUT", "/api/v1/admin/service-request-types/" + code)
            .json(draft)
            .bearer(resident)
            .send();
    assertThat(byResident.status()).isEqualTo(403);
  }

  @Test
  void theFormIsCheckedOnTheServer() {
    String grid = fx.grid();
    String token = fx.resident(grid)[0];
    Map<String, Object> missing = new HashMap<>();
    missing.put("typeCode", "VISIT");
    missing.put("answers", Map.of("person", "王奶奶", "phone", "not a phone", "shoeSize", "42"));
    var bad = fx.submit(token, missing);
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.body())
        .contains("answers.address")
        .contains("answers.needs")
        .contains("answers.phone")
        .contains("answers.shoeSize")
        .doesNotContain("answers.person");

    Map<String, Object> choice = new HashMap<>();
    choice.put("typeCode", "PAPERWORK");
    choice.put("answers", Map.of("matter", "护照", "details", "想办护照"));
    assertThat(fx.submit(token, choice).body()).contains("answers.matter");

    Map<String, Object> unknownType = consultation("问题");
    unknownType.put("typeCode", "NO_SUCH_TYPE");
    assertThat(fx.submit(token, unknownType).status()).isEqualTo(400);

    var noKey = api.post("/api/v1/service-requests", consultation("问题")).bearer(token).send();
    assertThat(noKey.status()).isEqualTo(400);

    // No home grid and no location: the resident is told what to do.
    var homeless = fx.submit(fx.resident(null)[0], consultation("我该找谁？"));
    assertThat(homeless.status()).isEqualTo(400);
    assertThat(homeless.text("detail")).contains("home grid");
    // Staff have no requests of their own.
    assertThat(fx.submit(accounts.admin(), consultation("x")).status()).isEqualTo(403);
  }

  @Test
  void aRequestGoesToTheOnDutyWorkersOrTheChiefAndARetryFilesItOnce() {
    String grid = fx.grid();
    fx.worker("网格长老陈", "GRID_CHIEF", false, grid);
    fx.worker("值班网格员小李", "GRID_WORKER", true, grid);
    fx.worker("休假网格员小赵", "GRID_WORKER", false, grid);
    fx.worker("信息员老孙", "GRID_INFORMANT", true, grid);
    String token = fx.resident(grid)[0];

    String key = "sr-" + UUID.randomUUID();
    Map<String, Object> body = consultation("老旧小区加装电梯怎么申请？");
    body.put("preferredTime", "工作日下午");
    var first =
        api.post("/api/v1/service-requests", body)
            .bearer(token)
            .header("Idempotency-Key", key)
            .send();
    assertThat(first.status()).as(first.body()).isEqualTo(201);
    assertThat(first.text("gridCode")).isEqualTo(grid);
    assertThat(first.text("status")).isEqualTo("SUBMITTED");
    assertThat(first.field("workers")).isEqualTo(List.of("值班网格员小李"));
    assertThat(timelineKinds(first)).containsExactly("SUBMITTED", "ASSIGNED");
    var retry =
        api.post("/api/v1/service-requests", body)
            .bearer(token)
            .header("Idempotency-Key", key)
            .send();
    assertThat(retry.status()).isEqualTo(201);
    assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
    assertThat(id(retry)).isEqualTo(id(first));
    assertThat((List<?>) get("/api/v1/service-requests", token).field("items")).hasSize(1);

    // Nobody on duty: the chief has it.
    String quiet = fx.grid();
    fx.worker("网格长老周", "GRID_CHIEF", false, quiet);
    fx.worker("休假网格员小吴", "GRID_WORKER", false, quiet);
    var toChief = fx.submit(fx.resident(quiet)[0], consultation("谁来帮忙？"));
    assertThat(toChief.field("workers")).isEqualTo(List.of("网格长老周"));
  }

  @Test
  void workersTakeEveryStepOnTheTimelineAndTheResidentConfirmsAndRates() {
    String grid = fx.grid();
    long li = fx.worker("网格员小李", "GRID_WORKER", true, grid);
    long wang = fx.worker("网格员小王", "GRID_WORKER", false, grid);
    String liToken = fx.workerToken(li);
    String wangToken = fx.workerToken(wang);
    String[] resident = fx.resident(grid);
    Map<String, Object> body = new HashMap<>();
    body.put("typeCode", "REPAIR");
    body.put("answers", Map.of("address", "银杏路1号3栋", "problem", "楼道灯坏了"));
    long id = id(fx.submit(resident[0], body));
    String desk = "/api/v1/worker/service-requests/";

    var queue = get("/api/v1/worker/service-requests", liToken);
    assertThat(queue.status()).as(queue.body()).isEqualTo(200);
    assertThat(queue.body()).contains("楼道灯坏了").doesNotContain(resident[1]);
    assertThat(post(desk + id + "/accept", Map.of(), liToken).text("status")).isEqualTo("ACCEPTED");
    assertThat(post(desk + id + "/reply", Map.of("note", "明天上午来看"), liToken).status())
        .isEqualTo(200);
    assertThat(post(desk + id + "/ask", Map.of("note", "是几楼？"), liToken).text("status"))
        .isEqualTo("NEEDS_INFO");
    var answered =
        post("/api/v1/service-requests/" + id + "/reply", Map.of("note", "三楼"), resident[0]);
    assertThat(answered.text("status")).isEqualTo("ACCEPTED");
    var colleagues = get(desk + id + "/colleagues", liToken);
    assertThat(colleagues.body()).contains("网格员小王").doesNotContain("网格员小李");
    var handed = post(desk + id + "/hand-over", Map.of("workerId", wang), liToken);
    assertThat(handed.status()).as(handed.body()).isEqualTo(200);
    assertThat(handed.field("workers")).isEqualTo(List.of("网格员小王"));
    assertThat(post(desk + id + "/hand-over", Map.of("workerId", 999_999_999L), wangToken).status())
        .isEqualTo(400);
    var done = post(desk + id + "/done", Map.of("note", "已换灯泡"), wangToken);
    assertThat(done.text("status")).isEqualTo("DONE");
    assertThat(completed.seen)
        .filteredOn(e -> e.id() == id)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.residentSubject()).isEqualTo(resident[1]);
              assertThat(e.gridCode()).isEqualTo(grid);
              assertThat(e.workerIds()).containsExactly(wang);
            });

    // Rating out of range, then a real one.
    String mine = "/api/v1/service-requests/" + id;
    assertThat(post(mine + "/confirm", Map.of("rating", 6), resident[0]).status()).isEqualTo(400);
    var rated = post(mine + "/confirm", Map.of("rating", 5, "comment", "很及时"), resident[0]);
    assertThat(rated.status()).as(rated.body()).isEqualTo(200);
    assertThat(rated.text("status")).isEqualTo("CLOSED");
    assertThat(rated.field("rating")).isEqualTo(5);
    assertThat(timelineKinds(rated))
        .containsExactly(
            "SUBMITTED",
            "ASSIGNED",
            "ACCEPTED",
            "REPLIED",
            "INFO_REQUESTED",
            "INFO_PROVIDED",
            "HANDED_OVER",
            "DONE",
            "CONFIRMED");
    // Residents see workers' public names, never ids or subjects.
    assertThat(rated.body())
        .contains("网格员小王")
        .doesNotContain("worker:")
        .doesNotContain("resident:");
    // Closed is final.
    assertThat(post(desk + id + "/done", Map.of(), wangToken).status()).isEqualTo(409);
    assertThat(post(mine + "/confirm", Map.of("rating", 1), resident[0]).status()).isEqualTo(409);
  }

  @Test
  void notDoneReopensOnceAndTheSecondTimeGoesToStaff() {
    String grid = fx.grid();
    String worker = fx.workerToken(fx.worker("网格员小钱", "GRID_WORKER", true, grid));
    String resident = fx.resident(grid)[0];
    long id = id(fx.submit(resident, consultation("医保怎么转移？")));
    String desk = "/api/v1/worker/service-requests/" + id;
    String mine = "/api/v1/service-requests/" + id;
    assertThat(post(mine + "/not-done", Map.of("note", "还没开始"), resident).status()).isEqualTo(409);

    post(desk + "/done", Map.of(), worker);
    var reopened = post(mine + "/not-done", Map.of("note", "没有人联系我"), resident);
    assertThat(reopened.text("status")).isEqualTo("REOPENED");
    assertThat(get("/api/v1/worker/service-requests", worker).body()).contains("医保怎么转移");
    post(desk + "/done", Map.of("note", "已电话说明"), worker);
    var toStaff = post(mine + "/not-done", Map.of("note", "还是没解决"), resident);
    assertThat(toStaff.text("status")).isEqualTo("WITH_STAFF");
    assertThat(toStaff.field("notDoneCount")).isEqualTo(2);
    assertThat(post(desk + "/done", Map.of(), worker).status()).isEqualTo(409);

    String staff = staffToken();
    var listed = get("/api/v1/admin/service-requests?status=WITH_STAFF&size=100", staff);
    assertThat(listed.body()).contains("\"id\":" + id);
    var closed =
        post("/api/v1/admin/service-requests/" + id + "/close", Map.of("note", "已上门解决"), staff);
    assertThat(closed.status()).as(closed.body()).isEqualTo(200);
    assertThat(closed.text("status")).isEqualTo("CLOSED");
    assertThat(timelineKinds(closed)).endsWith("NOT_DONE", "CLOSED_BY_STAFF");
  }

  @Test
  void overdueRequestsEscalateExactlyOnceEvenWithParallelRuns() throws Exception {
    String grid = fx.grid();
    fx.worker("网格长老吴", "GRID_CHIEF", true, grid);
    String resident = fx.resident(grid)[0];
    long id = id(fx.submit(resident, consultation("停车位怎么申请？")));
    // CONSULTATION answers within 48 hours.
    clock.advance(Duration.ofHours(49));
    var pool = Executors.newFixedThreadPool(4);
    try {
      List<Callable<Integer>> runs = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        runs.add(escalation::run);
      }
      pool.invokeAll(runs);
    } finally {
      pool.shutdownNow();
    }
    while (escalation.run() > 0) {
      // Older overdue requests of earlier runs come first; drain them.
    }
    var seen = get("/api/v1/service-requests/" + id, resident);
    assertThat(seen.field("escalated")).isEqualTo(true);
    assertThat(timelineKinds(seen).stream().filter("ESCALATED"::equals)).hasSize(1);
    assertThat(get("/api/v1/admin/service-requests?escalated=true&size=100", staffToken()).body())
        .contains("\"id\":" + id);
  }

  @Test
  void workersSeeOnlyTheirGridsAndResidentsOnlyTheirOwn() {
    String gridA = fx.grid();
    String gridB = fx.grid();
    String workerA = fx.workerToken(fx.worker("A格网格员", "GRID_WORKER", true, gridA));
    fx.worker("B格网格员", "GRID_WORKER", true, gridB);
    String[] residentA = fx.resident(gridA);
    String[] residentB = fx.resident(gridB);
    long inB = id(fx.submit(residentB[0], consultation("B格的秘密问题")));
    long inA = id(fx.submit(residentA[0], consultation("A格的问题")));
    String desk = "/api/v1/worker/service-requests/";

    assertThat(get(desk + inB, workerA).status()).isEqualTo(404);
    assertThat(post(desk + inB + "/accept", Map.of(), workerA).status()).isEqualTo(404);
    assertThat(post(desk + inB + "/done", Map.of(), workerA).status()).isEqualTo(404);
    assertThat(get("/api/v1/worker/service-requests?all=true&size=100", workerA).body())
        .doesNotContain("B格的秘密问题");
    assertThat(get(desk + inA, workerA).status()).isEqualTo(200);

    assertThat(get("/api/v1/service-requests/" + inA, residentB[0]).status()).isEqualTo(404);
    assertThat(post("/api/v1/service-requests/" + inA + "/cancel", Map.of(), residentB[0]).status())
        .isEqualTo(404);
    assertThat(get("/api/v1/service-requests", residentB[0]).body())
        .contains("B格的秘密问题")
        .doesNotContain("A格的问题");
    // A resident is no worker, and a worker route needs the role.
    assertThat(get("/api/v1/worker/service-requests", residentA[0]).status()).isEqualTo(403);
    assertThat(get("/api/v1/admin/service-requests", workerA).status()).isEqualTo(403);
  }

  private String staffToken() {
    var login = accounts.newStaff("社区工作人员", "STAFF");
    var first = accounts.login(login.username(), login.password());
    var changed =
        api.post(
                "/api/v1/auth/password",
                Map.of("currentPassword", login.password(), "newPassword", "Staff-Changed-2026x"))
            .bearer(first.text("accessToken"))
            .send();
    assertThat(changed.status()).as(changed.body()).isEqualTo(200);
    return changed.text("accessToken");
  }
}
