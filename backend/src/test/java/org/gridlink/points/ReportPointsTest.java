package org.gridlink.points;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.gridlink.identity.IdentityFacade;
import org.gridlink.reports.ReportAccepted;
import org.gridlink.reports.Severity;
import org.gridlink.support.LedgerInvariants;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Points for accepted reports: volunteers only, once per report, within the daily cap. */
@MicronautTest(transactional = false)
class ReportPointsTest {
  private static final AtomicLong IDS = new AtomicLong(System.nanoTime() % 1_000_000_000L);

  @Inject Accepting accepting;
  @Inject PointsFacade points;
  @Inject IdentityFacade identity;
  @Inject LedgerInvariants invariants;

  @AfterEach
  void invariantsHold() {
    invariants.check();
  }

  String resident(boolean volunteer) {
    String subject = "dev:RESIDENT:rp-" + UUID.randomUUID();
    assertThat(identity.resident(subject)).isPresent();
    if (volunteer) {
      invariants.update(
          "UPDATE resident_account SET volunteer_status = 'ACTIVE' WHERE openid = '"
              + subject
              + "'");
    }
    return subject;
  }

  @Test
  void anActiveVolunteerEarnsOncePerReportUpToTheDailyCap() {
    String v = resident(true);
    long first = IDS.incrementAndGet();
    accepting.accept(first, v);
    accepting.accept(first, v);
    assertThat(points.balance(v)).isEqualTo(5);
    for (int i = 0; i < 5; i++) {
      accepting.accept(IDS.incrementAndGet(), v);
    }
    assertThat(points.balance(v)).as("20 points a day at most").isEqualTo(20);
    assertThat(invariants.scalar("SELECT COUNT(*) FROM points_entry WHERE subject = '" + v + "'"))
        .isEqualTo(4);
  }

  @Test
  void aResidentWhoIsNoVolunteerEarnsNothing() {
    String r = resident(false);
    accepting.accept(IDS.incrementAndGet(), r);
    assertThat(points.balance(r)).isZero();
  }

  /**
   * Delivers ReportAccepted inside a transaction, as ReportService does, to the points listener
   * only (governance's listener would look for a real report).
   */
  @Singleton
  static class Accepting {
    private final ReportPoints listener;

    Accepting(ReportPoints listener) {
      this.listener = listener;
    }

    @Transactional
    void accept(long reportId, String reporter) {
      listener.onApplicationEvent(
          new ReportAccepted(
              reportId,
              "GL-T" + reportId,
              reporter,
              "OTHER",
              Severity.values()[0],
              null,
              Instant.now(),
              Instant.now()));
    }
  }
}
