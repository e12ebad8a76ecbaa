package org.gridlink.governance;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The schedules: dispatch the outbox often, pull status events as a fallback less often. */
@Singleton
class GovernanceJobs {
  private static final Logger LOG = LoggerFactory.getLogger(GovernanceJobs.class);
  private final GovernanceProperties properties;
  private final OutboxDispatcher dispatcher;
  private final CaseEventPull pull;

  GovernanceJobs(GovernanceProperties properties, OutboxDispatcher dispatcher, CaseEventPull pull) {
    this.properties = properties;
    this.dispatcher = dispatcher;
    this.pull = pull;
  }

  @Scheduled(fixedDelay = "${gridlink.governance.dispatch-interval:5s}", initialDelay = "10s")
  void dispatch() {
    if (properties.isDispatchEnabled()) {
      dispatcher.drain();
    }
  }

  @Scheduled(fixedDelay = "${gridlink.governance.pull-interval:1m}", initialDelay = "30s")
  void pullEvents() {
    if (!properties.isPullEnabled()) {
      return;
    }
    try {
      pull.pull();
    } catch (java.io.IOException e) {
      LOG.warn("Governance pull failed: {}", e.getClass().getSimpleName());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
