package org.gridlink.rewards;

import io.micronaut.context.annotation.ConfigurationProperties;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.ZoneId;

/**
 * Rewards settings ({@code gridlink.rewards.*}): the zone in which per-person limits count days,
 * weeks (from Monday) and months, and the job that expires unclaimed redemptions.
 */
@ConfigurationProperties("gridlink.rewards")
public class RewardsProperties {
  @NotNull private ZoneId zone = ZoneId.of("Asia/Shanghai");
  private boolean expiryJobEnabled = true;

  @Min(1)
  private int expiryBatchSize = 100;

  public ZoneId getZone() {
    return zone;
  }

  public void setZone(ZoneId zone) {
    this.zone = zone;
  }

  public boolean isExpiryJobEnabled() {
    return expiryJobEnabled;
  }

  public void setExpiryJobEnabled(boolean expiryJobEnabled) {
    this.expiryJobEnabled = expiryJobEnabled;
  }

  public int getExpiryBatchSize() {
    return expiryBatchSize;
  }

  public void setExpiryBatchSize(int expiryBatchSize) {
    this.expiryBatchSize = expiryBatchSize;
  }
}
