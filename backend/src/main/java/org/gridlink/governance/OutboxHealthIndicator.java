package org.gridlink.governance;

import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.AbstractHealthIndicator;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** DOWN when the oldest pending outbox message is older than {@code max-pending-age}. */
@Singleton
class OutboxHealthIndicator extends AbstractHealthIndicator<Map<String, Object>> {
  private final GovernanceMetrics metrics;
  private final GovernanceProperties properties;

  OutboxHealthIndicator(GovernanceMetrics metrics, GovernanceProperties properties) {
    this.metrics = metrics;
    this.properties = properties;
  }

  @Override
  protected Map<String, Object> getHealthInformation() {
    Duration age = metrics.oldestPendingAge().orElse(Duration.ZERO);
    healthStatus =
        age.compareTo(properties.getMaxPendingAge()) > 0 ? HealthStatus.DOWN : HealthStatus.UP;
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("oldestPendingSeconds", age.toSeconds());
    details.put("thresholdSeconds", properties.getMaxPendingAge().toSeconds());
    return details;
  }

  @Override
  protected String getName() {
    return "governanceOutbox";
  }
}
