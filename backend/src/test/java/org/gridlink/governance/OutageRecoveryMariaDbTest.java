package org.gridlink.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.gridlink.reports.ReportStatus;
import org.gridlink.support.MariaDbTest;
import org.junit.jupiter.api.Test;

/**
 * The outage scenario at full size on MariaDB + Redis: the governance system is down while
 * 500 reports are accepted, then comes back. Every case is delivered exactly once (the simulator's
 * counts) and every report ends in the simulator's final state, by pushes and, for anything a push
 * missed, the pull.
 */
@MariaDbTest
class OutageRecoveryMariaDbTest extends GovernanceSetup {
  static final int REPORTS = 500;

  @Test
  void fiveHundredReportsAcceptedDuringAnOutageAllArriveOnceAndEndResolved() throws Exception {
    sim.outage = true;
    List<Long> ids = city.accepted(REPORTS);
    dispatcher.drain();
    for (long id : ids) {
      assertThat(status(id)).isEqualTo(ReportStatus.ACCEPTED);
      assertThat(sim.deliveriesOf(id)).isZero();
    }
    sim.outage = false;
    sim.autoProgress = Duration.ofMillis(20);
    try {
      clock.advance(Duration.ofMinutes(2));
      assertThat(dispatcher.drain()).isGreaterThanOrEqualTo(REPORTS);
      for (long id : ids) {
        assertThat(sim.deliveriesOf(id)).as("deliveries of case " + id).isEqualTo(1);
      }
      long deadline = System.currentTimeMillis() + 180_000;
      while (!ids.stream().allMatch(id -> "resolved".equals(sim.statuses.get(id)))) {
        assertThat(System.currentTimeMillis()).as("simulator walks").isLessThan(deadline);
        Thread.sleep(200);
      }
      // Pushes that raced or were lost are recovered by the pull; it changes nothing else.
      pull.pull();
      for (long id : ids) {
        assertThat(status(id)).as("report " + id).isEqualTo(ReportStatus.RESOLVED);
      }
      assertThat(ids.stream().mapToInt(sim::deliveriesOf).sum()).isEqualTo(REPORTS);
    } finally {
      sim.autoProgress = null;
    }
  }
}
