package org.gridlink.governance;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.Map;
import org.gridlink.reports.ReportStatus;
import org.gridlink.reports.ReportsFacade;
import org.gridlink.support.Api;
import org.gridlink.support.MutableClock;
import org.gridlink.support.TestAccounts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

/** A running GridLink wired to a fresh governance simulator, and a grid to report in. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class GovernanceSetup implements TestPropertyProvider {
  static final String KEY_ID = "t1";
  static final String SECRET = "test-governance-secret-0123456789abcdef";

  final GovernanceSimulator sim = GovernanceSimulator.start(KEY_ID, SECRET);

  @Inject Api api;
  @Inject TestAccounts accounts;
  @Inject EmbeddedServer server;
  @Inject MutableClock clock;
  @Inject OutboxDispatcher dispatcher;
  @Inject CaseEventPull pull;
  @Inject ReportsFacade reports;
  @Inject GovernanceRepositories.Outbox outbox;

  GovernanceFixtures city;

  @Override
  public Map<String, String> getProperties() {
    return Map.of(
        "gridlink.governance.base-url",
        sim.baseUrl(),
        "gridlink.governance.key-id",
        KEY_ID,
        "gridlink.governance.keys." + KEY_ID,
        SECRET);
  }

  @BeforeEach
  void setUp() {
    sim.gridlinkUrl = server.getURL().toString();
    sim.now = clock::instant;
    sim.outage = false;
    sim.answerStatus = 0;
    sim.lostPushes = false;
    sim.duplicatePushes = false;
    sim.latencyMs = 0;
    if (city == null) {
      city = new GovernanceFixtures(api, accounts);
    }
  }

  @AfterAll
  void stopSimulator() {
    sim.close();
  }

  ReportStatus status(long id) {
    return reports.status(id).orElseThrow();
  }

  GovernanceEntities.OutboxMessage message(long caseId) {
    return outbox.findByCaseIdAndKind(caseId, OutboxWriter.KIND_CASE).orElseThrow();
  }

  /** The reporter of the last {@link #forwarded()} report. */
  String token;

  /** An accepted report delivered to the simulator, so its events can follow. */
  long forwarded() {
    token = city.resident("f" + System.nanoTime());
    long id = city.accepted(token, false);
    dispatcher.drain();
    assertThat(status(id)).isEqualTo(ReportStatus.FORWARDED);
    return id;
  }
}
