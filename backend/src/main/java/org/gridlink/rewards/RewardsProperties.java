package org.gridlink.rewards;

import io.micronaut.context.annotation.ConfigurationProperties;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.time.ZoneId;

/**
 * Rewards settings ({@code gridlink.rewards.*}): the zone in which per-person limits count days,
 * weeks (from Monday) and months, the job that expires unclaimed redemptions, and how long a
 * sold-out item is answered from memory.
 */
@ConfigurationProperties("gridlink.rewards")
public class RewardsProperties {
  @NotNull private ZoneId zone = ZoneId.of("Asia/Shanghai");
  private boolean expiryJobEnabled = true;

  @Min(1)
  private int expiryBatchSize = 100;

  /** Redemptions of one item let into the database at once on one instance. */
  @Min(1)
  private int redemptionsInFlightPerItem = 8;

  /** How long a sold-out item is answered from memory; zero reads the stock every time. */
  @NotNull private Duration soldOutMemo = Duration.ofSeconds(2);

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

  public int getRedemptionsInFlightPerItem() {
    return redemptionsInFlightPerItem;
  }

  public void setRedemptionsInFlightPerItem(int redemptionsInFlightPerItem) {
    this.redemptionsInFlightPerItem = redemptionsInFlightPerItem;
  }

  public Duration getSoldOutMemo() {
    return soldOutMemo;
  }

  public void setSoldOutMemo(Duration soldOutMemo) {
    this.soldOutMemo = soldOutMemo;
  }

  public int getExpiryBatchSize() {
    return expiryBatchSize;
  }

  public void setExpiryBatchSize(int expiryBatchSize) {
    this.expiryBatchSize = expiryBatchSize;
  }
}
