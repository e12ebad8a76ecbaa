package org.gridlink.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.gridlink.reports.ReportStatus;
import org.junit.jupiter.api.Test;

/** The outbox: delivery, consent, outage, retries, dead letters and redrive, concurrency. */
abstract class OutboxContract extends GovernanceSetup {
  @Test
  void anAcceptedCaseIsDeliveredOnceWithoutPersonalDataAndTheReportIsForwarded() {
    long id = city.accepted(city.resident("resident-no-consent"), false);
    assertThat(message(id).status()).isEqualTo(GovernanceEntities.OutboxStatus.PENDING);
    dispatcher.drain();
    dispatcher.drain();
    assertThat(sim.deliveriesOf(id)).isEqualTo(1);
    assertThat(status(id)).isEqualTo(ReportStatus.FORWARDED);
    assertThat(message(id).status()).isEqualTo(GovernanceEntities.OutboxStatus.SENT);
    Map<String, Object> payload = sim.cases.get(id);
    assertThat(payload).doesNotContainKey("reporter");
    assertThat(payload.toString()).doesNotContain("resident-no-consent");
    assertThat(payload.get("category").toString()).contains("ENV_GARBAGE").contains("垃圾堆放");
    assertThat(payload.get("grid").toString())
        .contains(city.grid)
        .contains(city.grid.substring(0, 12));
    assertThat(payload.get("location").toString()).contains("WGS-84");
    assertThat(payload.get("address")).isEqualTo("梧桐路12号对面");
    assertThat(payload.get("severity")).isEqualTo("DAILY");
    assertThat((List<?>) payload.get("photos")).hasSize(1);
    assertThat(payload.get("photos").toString()).startsWith("[http").contains("sig");
  }

  @Test
  void withConsentTheNameIsSentAndNeverAPhone() {
    long id = city.accepted(city.resident("王阿姨"), true);
    dispatcher.drain();
    Map<String, Object> payload = sim.cases.get(id);
    assertThat(payload.get("reporter").toString()).contains("王阿姨").doesNotContain("phone");
  }

  @Test
  void anOutageLosesNothingAndEveryCaseIsDeliveredExactlyOnce() {
    sim.outage = true;
    List<Long> ids = city.accepted(50);
    dispatcher.drain();
    for (long id : ids) {
      var m = message(id);
      assertThat(m.status()).isEqualTo(GovernanceEntities.OutboxStatus.PENDING);
      assertThat(m.attempts()).isEqualTo(1);
      assertThat(m.lastError()).isEqualTo("HTTP 503");
      // First retry after a minute, with at most 20% jitter.
      assertThat(Duration.between(m.updatedAt(), m.nextAttemptAt()))
          .isBetween(Duration.ofMinutes(1), Duration.ofSeconds(72));
    }
    var down = api.get("/health").send();
    var metrics = api.get("/prometheus").send().body();
    assertThat(metrics)
        .contains("gridlink_governance_outbox_backlog")
        .contains("gridlink_governance_outbox_oldest_pending_seconds")
        .contains("gridlink_governance_attempts_total{reason=\"server-error\"");
    clock.advance(Duration.ofMinutes(31));
    assertThat(api.get("/health").send().status()).as(down.body()).isEqualTo(503);
    sim.outage = false;
    assertThat(dispatcher.drain()).isGreaterThanOrEqualTo(50);
    for (long id : ids) {
      assertThat(sim.deliveriesOf(id)).as("deliveries of case " + id).isEqualTo(1);
      assertThat(status(id)).isEqualTo(ReportStatus.FORWARDED);
    }
    assertThat(api.get("/health").send().status()).isEqualTo(200);
  }

  @Test
  void aPermanentRejectionGoesToStaffAtOnceAndCanBeRedriven() {
    sim.answerStatus = 422;
    long id = city.accepted(city.resident("rejected-case"), false);
    dispatcher.drain();
    var m = message(id);
    assertThat(m.status()).isEqualTo(GovernanceEntities.OutboxStatus.DEAD);
    String staff = accounts.dev("STAFF", "outbox-desk");
    var dead = api.get("/api/v1/admin/governance/outbox?status=DEAD&size=100").bearer(staff).send();
    assertThat(dead.status()).as(dead.body()).isEqualTo(200);
    assertThat(dead.body()).contains("\"caseId\":" + id);
    var detail = api.get("/api/v1/admin/governance/outbox/" + m.id()).bearer(staff).send();
    assertThat(detail.body()).contains("\"statusCode\":422").contains("\"reason\":\"rejected\"");
    assertThat(detail.body()).contains("durationMs");
    sim.answerStatus = 0;
    var redrive =
        api.post("/api/v1/admin/governance/outbox/" + m.id() + "/redrive", Map.of())
            .bearer(staff)
            .send();
    assertThat(redrive.status()).as(redrive.body()).isEqualTo(200);
    dispatcher.drain();
    assertThat(sim.deliveriesOf(id)).isEqualTo(1);
    assertThat(message(id).status()).isEqualTo(GovernanceEntities.OutboxStatus.SENT);
    var again =
        api.post("/api/v1/admin/governance/outbox/" + m.id() + "/redrive", Map.of())
            .bearer(staff)
            .send();
    assertThat(again.status()).isEqualTo(409);
    var resident = city.resident("nosy");
    assertThat(api.get("/api/v1/admin/governance/outbox").bearer(resident).send().status())
        .isEqualTo(403);
  }

  @Test
  void serverErrorsAndThrottlingAreRetriedUntilADayHasPassed() {
    sim.answerStatus = 429;
    long id = city.accepted(city.resident("throttled-case"), false);
    dispatcher.drain();
    assertThat(message(id).status()).isEqualTo(GovernanceEntities.OutboxStatus.PENDING);
    sim.answerStatus = 500;
    clock.advance(Duration.ofMinutes(2));
    dispatcher.drain();
    var m = message(id);
    assertThat(m.attempts()).isEqualTo(2);
    assertThat(Duration.between(m.updatedAt(), m.nextAttemptAt()))
        .isBetween(Duration.ofMinutes(2), Duration.ofSeconds(144));
    assertThat(DeliveryRecorder.backoff(20)).isEqualTo(Duration.ofMinutes(30));
    clock.advance(Duration.ofHours(24));
    dispatcher.drain();
    assertThat(message(id).status()).isEqualTo(GovernanceEntities.OutboxStatus.DEAD);
    assertThat(sim.deliveriesOf(id)).isZero();
    sim.answerStatus = 0;
  }

  @Test
  void twoDispatchersAtOnceNeverSendTheSameCaseTwice() throws Exception {
    sim.outage = true;
    List<Long> ids = city.accepted(20);
    // Every message fails once, then both threads find them all due at the same moment.
    dispatcher.drain();
    sim.outage = false;
    sim.latencyMs = 20;
    clock.advance(Duration.ofMinutes(2));
    var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
    var a = pool.submit(dispatcher::drain);
    var b = pool.submit(dispatcher::drain);
    a.get();
    b.get();
    pool.shutdown();
    for (long id : ids) {
      assertThat(sim.deliveriesOf(id)).isEqualTo(1);
    }
  }
}
