package org.gridlink.common.config;

import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Tells whoever started GridLink where to point a browser. */
@Singleton
class StartupBanner {
  private static final Logger LOG = LoggerFactory.getLogger(StartupBanner.class);
  private final GridlinkProperties properties;

  StartupBanner(GridlinkProperties properties) {
    this.properties = properties;
  }

  @EventListener
  void onStartup(ServerStartupEvent event) {
    String base = event.getSource().getURL().toString().replace("://0.0.0.0", "://localhost");
    LOG.info(
        "GridLink is running ({} mode)\n  Resident portal: {}/\n  Staff console:   {}/console/\n"
            + "  API docs:        {}/swagger-ui/\n  Health:          {}/health",
        properties.getMode(),
        base,
        base,
        base,
        base);
  }
}
