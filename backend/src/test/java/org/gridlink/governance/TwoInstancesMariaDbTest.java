package org.gridlink.governance;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import org.gridlink.support.MariaDbTest;
import org.gridlink.support.MutableClock;
import org.junit.jupiter.api.Test;

/** Two GridLink instances (application contexts) dispatching from one MariaDB outbox. */
@MariaDbTest
class TwoInstancesMariaDbTest extends GovernanceSetup {

  @Test
  void twoInstancesOnOneDatabaseNeverSendACaseTwice() throws Exception {
    sim.outage = true;
    List<Long> ids = city.accepted(30);
    // Every message fails once; then both instances find them all due at the same moment.
    dispatcher.drain();
    sim.outage = false;
    sim.latencyMs = 10;
    clock.advance(Duration.ofMinutes(2));
    Map<String, Object> props = new HashMap<>(getProperties());
    try (ApplicationContext other =
        ApplicationContext.builder().environments("test", "mariadb").properties(props).start()) {
      other.getBean(MutableClock.class).advance(Duration.between(Instant.now(), clock.instant()));
      OutboxDispatcher second = other.getBean(OutboxDispatcher.class);
      var pool = Executors.newFixedThreadPool(2);
      var a = pool.submit(dispatcher::drain);
      var b = pool.submit(second::drain);
      int sent = a.get() + b.get();
      pool.shutdown();
      assertThat(sent).isGreaterThanOrEqualTo(ids.size());
    }
    for (long id : ids) {
      assertThat(sim.deliveriesOf(id)).as("deliveries of case " + id).isEqualTo(1);
    }
  }
}
