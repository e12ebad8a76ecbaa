package org.gridlink.governance;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.gridlink.governance.GovernanceEntities.OutboxMessage;
import org.gridlink.governance.GovernanceEntities.OutboxStatus;
import org.gridlink.reports.ReportStatus;
import org.gridlink.support.Api;
import org.junit.jupiter.api.Test;

/**
 * Case updates: a "returned" case asks the resident, whose supplement goes back through the outbox;
 * a reopened report goes back too; both in order after the case, with the outbox's retries.
 */
abstract class CaseUpdatesContract extends GovernanceSetup {
  @Inject TransactionOperations<Connection> tx;

  List<OutboxMessage> updates(long caseId) {
    return outbox.findByCaseIdOrderById(caseId).stream()
        .filter(m -> m.kind().equals(OutboxWriter.KIND_UPDATE))
        .toList();
  }

  Api.Response supplement(long id, Map<String, Object> body) {
    return api.post("/api/v1/reports/" + id + "/supplements", body)
        .header("Idempotency-Key", UUID.randomUUID().toString())
        .bearer(token)
        .send();
  }

  static void await(String what, BooleanSupplier done) throws InterruptedException {
    long deadline = System.currentTimeMillis() + 15_000;
    while (!done.getAsBoolean()) {
      assertThat(System.currentTimeMillis()).as("waiting for " + what).isLessThan(deadline);
      Thread.sleep(50);
    }
  }

  @Test
  void aSupplementToAReturnedCaseGoesBackAsASignedCaseUpdateOnce() throws Exception {
    long id = forwarded();
    sim.emit(id, "returned", "街道办", "请补充一张近景照片", clock.instant());
    var detail = api.get("/api/v1/reports/" + id).bearer(token).send();
    assertThat(detail.json().get("infoRequest").toString()).contains("街道办: 请补充一张近景照片");
    // The resident is told (in-app notification; WeChat when they subscribed).
    await(
        "the needs-info notice",
        () ->
            api.get("/api/v1/notifications")
                .bearer(token)
                .send()
                .body()
                .contains("REPORT_NEEDS_INFO"));

    String photo = city.upload(token);
    var r = supplement(id, Map.of("text", "垃圾在3号楼东侧", "mediaIds", List.of(photo)));
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(updates(id))
        .singleElement()
        .satisfies(m -> assertThat(m.status()).isEqualTo(OutboxStatus.PENDING));
    dispatcher.drain();
    dispatcher.drain();

    OutboxMessage m = updates(id).get(0);
    assertThat(m.status()).isEqualTo(OutboxStatus.SENT);
    assertThat(sim.updatesOf(id))
        .singleElement()
        .satisfies(
            u -> {
              assertThat(u.get("updateId")).isEqualTo(m.ref());
              assertThat(u.get("kind")).isEqualTo("SUPPLEMENT");
              assertThat(u.get("text")).isEqualTo("垃圾在3号楼东侧");
              assertThat(u.get("photos").toString())
                  .startsWith("[http")
                  .contains(photo)
                  .contains("sig");
              assertThat(u.get("occurredAt").toString()).endsWith("Z");
            });
    assertThat(sim.updateDeliveries.get(m.ref()).get()).isEqualTo(1);
    assertThat(sim.rejectedSignatures.get()).isZero();
    // The department carries on: the case is back in progress.
    await("in progress", () -> status(id) == ReportStatus.IN_PROGRESS);
    var staff = accounts.dev("STAFF", "history-desk");
    var history = api.get("/api/v1/admin/governance/cases/" + id + "/history").bearer(staff).send();
    assertThat(history.status()).as(history.body()).isEqualTo(200);
    assertThat(history.body())
        .contains("\"kind\":\"UPDATE\"")
        .contains("\"statusCode\":201")
        .contains("\"status\":\"RETURNED\"")
        .contains("请补充一张近景照片");
  }

  @Test
  void aReopenedCaseGoesBackInProgressAndIsResolvedAgain() throws Exception {
    long id = forwarded();
    sim.emit(id, "resolved", "环卫所", "已清运", clock.instant());
    assertThat(status(id)).isEqualTo(ReportStatus.RESOLVED);
    assertThat(reports.reopen(id, "surveys", "回访不满意：垃圾仍在")).isEqualTo(ReportStatus.REOPENED);
    dispatcher.drain();
    assertThat(sim.updatesOf(id))
        .singleElement()
        .satisfies(
            u -> {
              assertThat(u.get("kind")).isEqualTo("REOPEN");
              assertThat(u.get("text")).isEqualTo("回访不满意：垃圾仍在");
              assertThat((List<?>) u.get("photos")).isEmpty();
            });
    await(
        "resolved again",
        () -> sim.statuses.get(id).equals("resolved") && status(id) == ReportStatus.RESOLVED);
    var timeline =
        api.get("/api/v1/reports/" + id).bearer(token).send().json().get("timeline").toString();
    assertThat(timeline)
        .contains("REOPENED")
        .contains("IN_PROGRESS")
        .contains("案件已重新派遣处理")
        .contains("已重新处理完毕");
  }

  @Test
  void anUpdateBehindItsCaseInFlightGoesOutLaterInTheSameDrainNotPutOff() throws Exception {
    token = city.resident("p" + UUID.randomUUID().toString().substring(0, 8));
    long id = city.accepted(token, false);
    reports.requestInformation(id, CaseEventHandler.ACTOR, "请补充说明");
    assertThat(supplement(id, Map.of("text", "在西门")).status()).isEqualTo(200);
    // More cases than one batch: the next batch is claimed while the first (with this case) is
    // in flight, so the update is skipped then, and must still go out in this drain, after it.
    List<Long> others = city.accepted(30);
    dispatcher.drain();
    assertThat(message(id).status()).isEqualTo(OutboxStatus.SENT);
    OutboxMessage update = updates(id).get(0);
    assertThat(update.status()).isEqualTo(OutboxStatus.SENT);
    assertThat(update.attempts()).as("never refused, never put off").isEqualTo(1);
    assertThat(sim.deliveriesOf(id)).isEqualTo(1);
    assertThat(sim.updatesOf(id)).hasSize(1);
    for (long other : others) {
      assertThat(sim.deliveriesOf(other)).isEqualTo(1);
    }
  }

  @Test
  void anUpdateWaitsForItsCaseThroughAnOutageAndIsRetriedLikeACase() throws Exception {
    token = city.resident("w" + UUID.randomUUID().toString().substring(0, 8));
    sim.outage = true;
    long id = city.accepted(token, false);
    reports.requestInformation(id, CaseEventHandler.ACTOR, "请补充说明");
    assertThat(supplement(id, Map.of("text", "在东门")).status()).isEqualTo(200);
    dispatcher.drain();
    OutboxMessage theCase = message(id);
    OutboxMessage update = updates(id).get(0);
    assertThat(theCase.attempts()).isEqualTo(1);
    // Never sent before its case: put off, no attempt counted.
    assertThat(update.attempts()).isZero();
    assertThat(update.nextAttemptAt()).isAfter(theCase.nextAttemptAt());
    String desk = accounts.dev("STAFF", "outbox-desk");
    var failing =
        api.get("/api/v1/admin/governance/outbox?status=FAILING&size=100").bearer(desk).send();
    assertThat(failing.status()).as(failing.body()).isEqualTo(200);
    assertThat(failing.body())
        .contains("\"id\":" + theCase.id())
        .doesNotContain("\"id\":" + update.id() + ",");
    var summary = api.get("/api/v1/admin/governance/outbox/summary").bearer(desk).send();
    assertThat(((Number) summary.field("failing")).longValue()).isPositive();
    assertThat(((Number) summary.field("pending")).longValue()).isGreaterThanOrEqualTo(2);

    sim.outage = false;
    sim.answerStatus = 503;
    clock.advance(Duration.ofMinutes(2));
    dispatcher.drain();
    assertThat(message(id).attempts()).isEqualTo(2);
    sim.answerStatus = 0;
    clock.advance(Duration.ofMinutes(5));
    dispatcher.drain();
    assertThat(sim.deliveriesOf(id)).isEqualTo(1);
    assertThat(sim.updatesOf(id)).hasSize(1);
    assertThat(updates(id).get(0).status()).isEqualTo(OutboxStatus.SENT);

    // A permanent rejection of an update is a dead letter at once, and staff can redrive it.
    facadeReturned(id);
    assertThat(supplement(id, Map.of("text", "第二次补充")).status()).isEqualTo(200);
    sim.answerStatus = 422;
    dispatcher.drain();
    OutboxMessage dead = updates(id).get(1);
    assertThat(dead.status()).isEqualTo(OutboxStatus.DEAD);
    sim.answerStatus = 0;
    String staff = accounts.dev("STAFF", "outbox-desk");
    var redrive =
        api.post("/api/v1/admin/governance/outbox/" + dead.id() + "/redrive", Map.of())
            .bearer(staff)
            .send();
    assertThat(redrive.status()).as(redrive.body()).isEqualTo(200);
    dispatcher.drain();
    assertThat(sim.updatesOf(id)).hasSize(2);
    assertThat(sim.updateDeliveries.get(dead.ref()).get()).isEqualTo(1);
  }

  private void facadeReturned(long id) {
    assertThat(reports.requestInformation(id, CaseEventHandler.ACTOR, "请再补充")).isTrue();
  }

  @Test
  void theUpdateIsWrittenInTheReopeningTransaction() {
    long id = forwarded();
    sim.emit(id, "closed", "区指挥中心", "已结案", clock.instant());
    try {
      tx.executeWrite(
          s -> {
            reports.reopen(id, "surveys", "不满意");
            assertThat(updates(id)).hasSize(1);
            throw new IllegalStateException("fail after reopening");
          });
    } catch (IllegalStateException expected) {
      assertThat(expected).hasMessage("fail after reopening");
    }
    assertThat(status(id)).isEqualTo(ReportStatus.CLOSED);
    assertThat(updates(id)).isEmpty();
  }
}
