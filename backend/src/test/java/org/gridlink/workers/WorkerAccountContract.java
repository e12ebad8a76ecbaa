package org.gridlink.workers;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.gridlink.support.Api;
import org.gridlink.support.FakeWechat;
import org.gridlink.support.TestAccounts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A grid worker signs in with WeChat like any resident; staff link that account to the worker
 * record by the phone it bound, and from the next token on it holds GRID_WORKER. H2 and MariaDB.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class WorkerAccountContract implements TestPropertyProvider {
  final FakeWechat wechat = new FakeWechat();

  @Inject Api api;
  @Inject TestAccounts accounts;

  @Override
  public Map<String, String> getProperties() {
    return wechat.properties();
  }

  @AfterAll
  void stopFake() {
    wechat.close();
  }

  private Api.Response signIn(String openid) {
    var r = api.post("/api/v1/auth/wechat", Map.of("code", wechat.loginCode(openid, null))).send();
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r;
  }

  private static String uniquePhone() {
    return "137" + String.format("%08d", (System.nanoTime() / 1000) % 100_000_000L);
  }

  private long newWorker() {
    var w =
        api.post(
                "/api/v1/admin/workers",
                Map.of(
                    "name",
                    "网格员小周",
                    "role",
                    "GRID_WORKER",
                    "fullTime",
                    true,
                    "onDuty",
                    true,
                    "gridCodes",
                    List.of()))
            .bearer(accounts.admin())
            .send();
    assertThat(w.status()).as(w.body()).isEqualTo(201);
    return ((Number) w.field("id")).longValue();
  }

  @Test
  void aLinkedAccountSignsInAsGridWorkerAndAnUnlinkedOneDoesNot() {
    String openid = wechat.newOpenid();
    var session = signIn(openid);
    assertThat(session.body()).doesNotContain("GRID_WORKER");
    String phone = uniquePhone();
    var bound =
        api.post("/api/v1/me/phone", Map.of("code", wechat.phoneCode(phone)))
            .bearer(session.text("accessToken"))
            .send();
    assertThat(bound.status()).as(bound.body()).isEqualTo(200);

    long worker = newWorker();
    var linked =
        api.post("/api/v1/admin/workers/" + worker + "/account", Map.of("phone", phone))
            .bearer(accounts.admin())
            .send();
    assertThat(linked.status()).as(linked.body()).isEqualTo(200);
    assertThat(linked.text("accountSubject")).isEqualTo(session.text("subject"));

    // Roles come from the account: the next sign-in carries GRID_WORKER.
    assertThat(signIn(openid).body()).contains("GRID_WORKER");

    var unlinked =
        api.request("DELETE", "/api/v1/admin/workers/" + worker + "/account")
            .bearer(accounts.admin())
            .send();
    assertThat(unlinked.status()).isEqualTo(200);
    assertThat(signIn(openid).body()).doesNotContain("GRID_WORKER");
  }

  @Test
  void onlyStaffLinkAndOnlyBoundPhonesCount() {
    long worker = newWorker();
    var unknown =
        api.post("/api/v1/admin/workers/" + worker + "/account", Map.of("phone", uniquePhone()))
            .bearer(accounts.admin())
            .send();
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.text("detail")).isNotBlank();
    String resident = accounts.dev("RESIDENT", "想当网格员的人");
    var selfPromotion =
        api.post("/api/v1/admin/workers/" + worker + "/account", Map.of("phone", "13700000000"))
            .bearer(resident)
            .send();
    assertThat(selfPromotion.status()).isEqualTo(403);
    var malformed =
        api.post("/api/v1/admin/workers/" + worker + "/account", Map.of("phone", "call me"))
            .bearer(accounts.admin())
            .send();
    assertThat(malformed.status()).isEqualTo(400);
  }
}
