package org.gridlink.governance;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Context;
import jakarta.inject.Provider;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Outbox figures for operators: backlog, age of the oldest pending message, dead letters (gauges
 * read from the database), and attempts by reason (counters).
 */
@Context
class GovernanceMetrics {
  private final MeterRegistry registry;
  private final Provider<GovernanceRepositories.Outbox> outbox;
  private final Clock clock;

  GovernanceMetrics(
      MeterRegistry registry, Provider<GovernanceRepositories.Outbox> outbox, Clock clock) {
    this.registry = registry;
    this.outbox = outbox;
    this.clock = clock;
    Gauge.builder(
            "gridlink.governance.outbox.backlog",
            this,
            m -> m.count(GovernanceEntities.OutboxStatus.PENDING))
        .description("Outbox messages waiting to be sent")
        .register(registry);
    Gauge.builder(
            "gridlink.governance.outbox.dead",
            this,
            m -> m.count(GovernanceEntities.OutboxStatus.DEAD))
        .description("Outbox messages given up on (dead letters)")
        .register(registry);
    Gauge.builder(
            "gridlink.governance.outbox.oldest.pending.seconds",
            this,
            m -> m.oldestPendingAge().map(Duration::toSeconds).orElse(0L))
        .description("Age of the oldest message still waiting to be sent")
        .baseUnit("seconds")
        .register(registry);
  }

  private double count(GovernanceEntities.OutboxStatus status) {
    return outbox.get().countByStatus(status);
  }

  Optional<Duration> oldestPendingAge() {
    return outbox
        .get()
        .findFirstByStatusOrderByCreatedAt(GovernanceEntities.OutboxStatus.PENDING)
        .map(m -> Duration.between(m.createdAt(), clock.instant()));
  }

  void attempt(String reason) {
    Counter.builder("gridlink.governance.attempts")
        .tag("reason", reason)
        .register(registry)
        .increment();
  }

  void deadLetter() {
    Counter.builder("gridlink.governance.dead.letters").register(registry).increment();
  }
}
