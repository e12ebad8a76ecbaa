package org.gridlink.servicerequests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridlink.servicerequests.ServiceRequestFixtures.consultation;
import static org.gridlink.servicerequests.ServiceRequestFixtures.id;
import static org.gridlink.servicerequests.ServiceRequestFixtures.timelineKinds;

import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gridlink.support.Api;
import org.gridlink.support.FakeWechat;
import org.gridlink.support.TestAccounts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Staff assign a request nobody could take (no on-duty worker and no chief in its grid), or hand it
 * to another worker of the grid, through the API: the timeline, the notices, the status rule and
 * who may do it. Runs on H2 and on MariaDB.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ServiceRequestAssignContract implements TestPropertyProvider {
  final FakeWechat wechat = new FakeWechat();

  @Inject Api api;
  @Inject TestAccounts accounts;
  ServiceRequestFixtures fx;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> p = new HashMap<>(wechat.properties());
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

  static Map<String, Object> assign(long workerId) {
    return Map.of("workerId", workerId, "note", "请尽快联系居民");
  }

  @Test
  void staffAssignAnUnassignedRequestAndHandItToAnotherWorker() {
    String grid = fx.grid();
    String[] resident = fx.resident(grid);
    var submitted = fx.submit(resident[0], consultation("独居老人需要上门探访"));
    long id = id(submitted);
    assertThat(submitted.field("workers")).isEqualTo(List.of());
    assertThat(timelineKinds(submitted)).containsExactly("SUBMITTED", "UNASSIGNED");

    // Workers join the grid afterwards; the informant only passes information on.
    long li = fx.worker("网格员小李", "GRID_WORKER", false, grid);
    long wang = fx.worker("网格员小王", "GRID_WORKER", true, grid);
    long informant = fx.worker("信息员老孙", "GRID_INFORMANT", true, grid);
    String liToken = fx.workerToken(li);
    String wangToken = fx.workerToken(wang);
    String staff = accounts.dev("STAFF", "assign-staff");
    String admin = "/api/v1/admin/service-requests/" + id;

    var candidates = get(admin + "/workers", staff);
    assertThat(candidates.status()).as(candidates.body()).isEqualTo(200);
    assertThat(api.parseList(candidates.body()))
        .extracting(c -> ((Number) c.get("id")).longValue())
        .containsExactlyInAnyOrder(li, wang);

    var assigned = post(admin + "/assign", assign(li), staff);
    assertThat(assigned.status()).as(assigned.body()).isEqualTo(200);
    assertThat(assigned.text("status")).isEqualTo("SUBMITTED");
    assertThat(assigned.field("workers")).isEqualTo(List.of("网格员小李"));
    assertThat(timelineKinds(assigned)).containsExactly("SUBMITTED", "UNASSIGNED", "ASSIGNED");
    @SuppressWarnings("unchecked")
    var last =
        ((List<Map<String, Object>>) assigned.field("timeline"))
            .get(timelineKinds(assigned).size() - 1);
    assertThat(last.get("by")).isEqualTo("STAFF");
    assertThat(last.get("note")).isEqualTo("网格员小李：请尽快联系居民");
    // The worker now has it and can take it.
    assertThat(get("/api/v1/worker/service-requests", liToken).body()).contains("独居老人需要上门探访");
    assertThat(get("/api/v1/notifications?size=50", liToken).body())
        .contains("New request " + id + " in your queue.");
    assertThat(get("/api/v1/notifications?size=50", resident[0]).body())
        .contains("Request " + id + " is with your grid workers now.");
    assertThat(
            post("/api/v1/worker/service-requests/" + id + "/accept", Map.of(), liToken).status())
        .isEqualTo(200);

    // The same worker again: nothing to do. Handing it on replaces the worker.
    assertThat(post(admin + "/assign", assign(li), staff).status()).isEqualTo(409);
    var handed = post(admin + "/assign", Map.of("workerId", wang), staff);
    assertThat(handed.status()).as(handed.body()).isEqualTo(200);
    assertThat(handed.text("status")).isEqualTo("ACCEPTED");
    assertThat(handed.field("workers")).isEqualTo(List.of("网格员小王"));
    assertThat(get("/api/v1/notifications?size=50", wangToken).body())
        .contains("New request " + id + " in your queue.");

    // Not a worker of this grid: a grid worker elsewhere, the informant, an unknown id.
    long elsewhere = fx.worker("别格网格员", "GRID_WORKER", true, fx.grid());
    for (long w : List.of(elsewhere, informant, 987_654_321L)) {
      var refused = post(admin + "/assign", assign(w), staff);
      assertThat(refused.status()).as(refused.body()).isEqualTo(422);
      assertThat(refused.text("type")).isEqualTo("urn:gridlink:problem:worker-not-of-grid");
    }
    assertThat(post(admin + "/assign", Map.of(), staff).status()).isEqualTo(400);
    assertThat(post("/api/v1/admin/service-requests/987654321/assign", assign(li), staff).status())
        .isEqualTo(404);

    // Once done there is nothing to assign: the status rule refuses it.
    post("/api/v1/worker/service-requests/" + id + "/done", Map.of(), wangToken);
    var late = post(admin + "/assign", assign(li), staff);
    assertThat(late.status()).as(late.body()).isEqualTo(409);
    assertThat(late.text("type")).isEqualTo("urn:gridlink:problem:conflict");
  }

  @Test
  void onlyStaffAssign() {
    String grid = fx.grid();
    long worker = fx.worker("网格员小周", "GRID_WORKER", true, grid);
    String[] resident = fx.resident(grid);
    long id = id(fx.submit(resident[0], consultation("谁来帮我办证明？")));
    String workerToken = fx.workerToken(worker);
    String admin = "/api/v1/admin/service-requests/" + id;
    // A grid worker of that very grid cannot assign (not even to themselves), nor can the resident.
    for (String token : List.of(workerToken, resident[0])) {
      assertThat(post(admin + "/assign", assign(worker), token).status()).isEqualTo(403);
      assertThat(get(admin + "/workers", token).status()).isEqualTo(403);
    }
    assertThat(api.post(admin + "/assign", assign(worker)).send().status()).isEqualTo(401);
    var view = get("/api/v1/service-requests/" + id, resident[0]);
    assertThat(timelineKinds(view)).containsExactly("SUBMITTED", "ASSIGNED");
  }
}
