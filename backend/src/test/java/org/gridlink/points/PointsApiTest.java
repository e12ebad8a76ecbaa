package org.gridlink.points;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.gridlink.support.Api;
import org.gridlink.support.LedgerInvariants;
import org.gridlink.support.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Staff adjustments (reason, key, audit), ledger search and the resident's statement. */
@MicronautTest(transactional = false)
class PointsApiTest {
  @Inject Api api;
  @Inject TestAccounts accounts;
  @Inject LedgerInvariants invariants;

  @AfterEach
  void invariantsHold() {
    invariants.check();
  }

  @Test
  void staffAdjustWithAReasonOnceAndTheResidentSeesIt() {
    String staff = accounts.dev("STAFF", "points-staff");
    String name = "pa-" + UUID.randomUUID().toString().substring(0, 8);
    String resident = accounts.dev("RESIDENT", name);
    String subject = "dev:RESIDENT:" + name;
    String key = UUID.randomUUID().toString();
    Map<String, Object> body = Map.of("subject", subject, "points", 40, "reason", "补录志愿服务");
    var first =
        api.post("/api/v1/admin/points/adjustments", body)
            .bearer(staff)
            .header("Idempotency-Key", key)
            .send();
    assertThat(first.status()).as(first.body()).isEqualTo(201);
    assertThat(first.field("balanceAfter")).isEqualTo(40);
    var again =
        api.post("/api/v1/admin/points/adjustments", body)
            .bearer(staff)
            .header("Idempotency-Key", key)
            .send();
    assertThat(again.status()).isEqualTo(201);
    assertThat(api.post("/api/v1/admin/points/adjustments", body).bearer(staff).send().status())
        .isEqualTo(400);
    var noReason =
        api.post(
                "/api/v1/admin/points/adjustments",
                Map.of("subject", subject, "points", 5, "reason", " "))
            .bearer(staff)
            .header("Idempotency-Key", UUID.randomUUID().toString())
            .send();
    assertThat(noReason.status()).isEqualTo(400);
    var tooMuch =
        api.post(
                "/api/v1/admin/points/adjustments",
                Map.of("subject", subject, "points", -41, "reason", "纠错"))
            .bearer(staff)
            .header("Idempotency-Key", UUID.randomUUID().toString())
            .send();
    assertThat(tooMuch.status()).isEqualTo(409);
    assertThat(
            api.post("/api/v1/admin/points/adjustments", body)
                .bearer(resident)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .send()
                .status())
        .isEqualTo(403);
    assertThat(
            invariants.scalar(
                "SELECT COUNT(*) FROM audit_log WHERE action = 'POINTS_ADJUSTED' AND detail LIKE '%"
                    + subject
                    + "%'"))
        .isEqualTo(1);

    var search =
        api.get(
                "/api/v1/admin/points/entries?type=ADJUST&subject="
                    + java.net.URLEncoder.encode(subject, java.nio.charset.StandardCharsets.UTF_8))
            .bearer(staff)
            .send();
    assertThat(search.status()).as(search.body()).isEqualTo(200);
    assertThat(search.body()).contains("补录志愿服务").contains("\"totalItems\":1");
    assertThat(api.get("/api/v1/admin/points/entries?type=NOPE").bearer(staff).send().status())
        .isEqualTo(400);

    var mine = api.get("/api/v1/me/points").bearer(resident).send();
    assertThat(mine.status()).isEqualTo(200);
    assertThat(mine.body()).contains("\"balance\":40").contains("补录志愿服务").contains("\"points\":40");
  }
}
