package org.gridlink.governance;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ShutdownEvent;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.net.URI;
import java.time.Duration;
import org.gridlink.common.config.GridlinkProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Embedded mode only: starts the governance simulator on the base URL's loopback port, so the run
 * command shows accepted reports being forwarded, handled and resolved without any outside system.
 */
@Singleton
@Requires(property = "gridlink.governance.simulator.enabled", value = "true")
class SimulatorStartup {
  private static final Logger LOG = LoggerFactory.getLogger(SimulatorStartup.class);
  private final GovernanceProperties properties;
  private final GridlinkProperties gridlink;
  private GovernanceSimulator simulator;

  SimulatorStartup(GovernanceProperties properties, GridlinkProperties gridlink) {
    this.properties = properties;
    this.gridlink = gridlink;
  }

  @EventListener
  void start(StartupEvent event) {
    if (!gridlink.isEmbedded()) {
      return;
    }
    String secret = properties.secret(properties.getKeyId());
    if (secret == null) {
      return;
    }
    URI base = URI.create(properties.getBaseUrl());
    try {
      simulator = GovernanceSimulator.start(properties.getKeyId(), secret, base.getPort());
    } catch (IllegalStateException e) {
      LOG.warn("Governance simulator not started: port {} is busy", base.getPort());
      return;
    }
    simulator.gridlinkUrl = gridlink.getPublicUrl();
    simulator.autoProgress = Duration.ofSeconds(20);
    LOG.info("Governance simulator listening on {}", simulator.baseUrl());
  }

  @EventListener
  void stop(ShutdownEvent event) {
    if (simulator != null) {
      simulator.close();
    }
  }
}
