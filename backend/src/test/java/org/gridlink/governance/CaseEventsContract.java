package org.gridlink.governance;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.gridlink.reports.ReportStatus;
import org.junit.jupiter.api.Test;

/** Status events back from governance: pushed, pulled, repeated, out of order, and signed. */
abstract class CaseEventsContract extends GovernanceSetup {
  @Inject TransactionOperations<Connection> tx;

  String timeline(long id) {
    var r = api.get("/api/v1/reports/" + id).bearer(token).send();
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.json().get("timeline").toString();
  }

  @Test
  void pushedEventsMoveTheReportWriteTheTimelineAndRepeatsAreIgnored() {
    long id = forwarded();
    Instant t = clock.instant();
    var e = sim.emit(id, "in_progress", "城管执法局", "已派人前往现场", t);
    assertThat(status(id)).isEqualTo(ReportStatus.IN_PROGRESS);
    assertThat(timeline(id)).contains("城管执法局: 已派人前往现场");
    var again = sim.push(e);
    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(again.body()).contains("\"outcome\":\"duplicate\"");
    sim.duplicatePushes = true;
    sim.emit(id, "resolved", "城管执法局", "垃圾已清运", t.plusSeconds(60));
    assertThat(status(id)).isEqualTo(ReportStatus.RESOLVED);
    assertThat(timeline(id).split("垃圾已清运", -1)).hasSize(2);
  }

  @Test
  void anOlderEventIsRecordedButNeverMovesTheReportBack() {
    long id = forwarded();
    Instant t = clock.instant();
    sim.emit(id, "resolved", "环卫所", "已处理", t);
    var late =
        sim.push(
            new CaseEvent(
                UUID.randomUUID().toString(),
                id,
                "in_progress",
                "环卫所",
                "处理中",
                t.minusSeconds(600)));
    assertThat(late.statusCode()).isEqualTo(200);
    assertThat(late.body()).contains("\"outcome\":\"stale\"");
    assertThat(status(id)).isEqualTo(ReportStatus.RESOLVED);
    assertThat(timeline(id)).doesNotContain("处理中");
  }

  @Test
  void returnedForMoreInformationAsksTheResidentWithoutMovingTheReport() {
    long id = forwarded();
    sim.emit(id, "returned", "街道办", "请补充一张近景照片", clock.instant());
    assertThat(status(id)).isEqualTo(ReportStatus.FORWARDED);
    assertThat(timeline(id)).contains("街道办: 请补充一张近景照片");
  }

  @Test
  void lostPushesAreRecoveredByThePull() throws Exception {
    long id = forwarded();
    sim.lostPushes = true;
    Instant t = clock.instant();
    sim.emit(id, "dispatched", "区指挥中心", "已派遣", t);
    sim.emit(id, "closed", "区指挥中心", "已结案", t.plusSeconds(30));
    assertThat(status(id)).isEqualTo(ReportStatus.FORWARDED);
    assertThat(pull.pull()).isGreaterThanOrEqualTo(2);
    assertThat(status(id)).isEqualTo(ReportStatus.CLOSED);
    assertThat(timeline(id)).contains("已结案");
    // The cursor is kept: a second pull reads nothing new.
    assertThat(pull.pull()).isZero();
  }

  @Test
  void theSimulatorWalksANewCaseThroughToResolved() throws Exception {
    sim.autoProgress = Duration.ofMillis(100);
    try {
      long id = forwarded();
      long deadline = System.currentTimeMillis() + 20_000;
      while (status(id) != ReportStatus.RESOLVED && System.currentTimeMillis() < deadline) {
        Thread.sleep(100);
      }
      assertThat(status(id)).isEqualTo(ReportStatus.RESOLVED);
      assertThat(timeline(id)).contains("已派遣至责任部门").contains("已处理完毕");
    } finally {
      sim.autoProgress = null;
    }
  }

  @Test
  void anUnknownCaseIsANotFoundProblem() {
    var r =
        sim.push(
            new CaseEvent(
                UUID.randomUUID().toString(),
                Long.MAX_VALUE - 7,
                "closed",
                null,
                null,
                clock.instant()));
    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(r.body()).contains("urn:gridlink:problem:not-found");
  }

  @Test
  void everySignatureCheckRejectsWithItsOwnProblem() {
    long id = forwarded();
    byte[] body =
        sim.bytes(
            new CaseEvent(
                UUID.randomUUID().toString(), id, "in_progress", "x", "y", clock.instant()));
    String path = GovernanceSimulator.PUSH_PATH;

    assertThat(sim.pushRaw(body, Map.of()).body()).contains("signature-missing");

    var unknown = Signatures.headers("nobody", SECRET, "POST", path, body, clock.instant());
    assertProblem(sim.pushRaw(body, unknown), "signature-unknown-key");

    var stale =
        Signatures.headers(
            KEY_ID, SECRET, "POST", path, body, clock.instant().minus(Duration.ofMinutes(6)));
    assertProblem(sim.pushRaw(body, stale), "signature-stale");
    var future =
        Signatures.headers(
            KEY_ID, SECRET, "POST", path, body, clock.instant().plus(Duration.ofMinutes(6)));
    assertProblem(sim.pushRaw(body, future), "signature-stale");

    var wrongSecret =
        Signatures.headers(
            KEY_ID, "another-secret-0123456789abcdef-xyz", "POST", path, body, clock.instant());
    assertProblem(sim.pushRaw(body, wrongSecret), "signature-mismatch");
    var good = Signatures.headers(KEY_ID, SECRET, "POST", path, body, clock.instant());
    byte[] tampered =
        new String(body, java.nio.charset.StandardCharsets.UTF_8)
            .replace("in_progress", "closed")
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    assertProblem(sim.pushRaw(tampered, good), "signature-mismatch");
    assertThat(status(id)).isEqualTo(ReportStatus.FORWARDED);

    var first = sim.pushRaw(body, good);
    assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
    Map<String, String> replay = new HashMap<>(good);
    assertProblem(sim.pushRaw(body, replay), "signature-replayed");
    assertThat(status(id)).isEqualTo(ReportStatus.IN_PROGRESS);
  }

  private static void assertProblem(java.net.http.HttpResponse<String> r, String slug) {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(401);
    assertThat(r.headers().firstValue("Content-Type").orElse("")).contains("problem+json");
    assertThat(r.body()).contains("urn:gridlink:problem:" + slug);
  }

  @Test
  void theOutboxMessageIsWrittenInTheAcceptingTransaction() {
    String me = city.resident("tx" + UUID.randomUUID().toString().substring(0, 8));
    long rolledBack = city.submitted(me);
    try {
      tx.executeWrite(
          status -> {
            reports.moveTowards(rolledBack, ReportStatus.ACCEPTED, "staff:tester", null);
            assertThat(outbox.findByCaseIdAndKind(rolledBack, OutboxWriter.KIND_CASE)).isPresent();
            throw new IllegalStateException("fail after accepting");
          });
    } catch (IllegalStateException expected) {
      assertThat(expected).hasMessage("fail after accepting");
    }
    assertThat(status(rolledBack)).isEqualTo(ReportStatus.SUBMITTED);
    assertThat(outbox.findByCaseIdAndKind(rolledBack, OutboxWriter.KIND_CASE)).isEmpty();

    long committed = city.submitted(me);
    tx.executeWrite(
        status -> reports.moveTowards(committed, ReportStatus.ACCEPTED, "staff:tester", null));
    assertThat(status(committed)).isEqualTo(ReportStatus.ACCEPTED);
    assertThat(outbox.findByCaseIdAndKind(committed, OutboxWriter.KIND_CASE)).isPresent();
  }
}
