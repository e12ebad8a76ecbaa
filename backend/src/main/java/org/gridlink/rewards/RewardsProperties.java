package org.gridlink.rewards;

import io.micronaut.context.annotation.ConfigurationProperties;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.time.ZoneId;

/**
 * Rewards settings ({@code gridlink.rewards.*}): the zone in which per-person limits count days,
 * weeks (from Monday) and months (and pickup deadlines are written in), the job that expires
 * unclaimed redemptions, the job that reminds volunteers before a pickup code expires, and how long
 * a sold-out item is answered from memory.
 */
@ConfigurationProperties("gridlink.rewards")
public class RewardsProperties {
  @NotNull private ZoneId zone = ZoneId.of("Asia/Shanghai");
  private boolean expiryJobEnabled = true;

  @Min(1)
  private int expiryBatchSize = 100;

  /** The reminder schedule ({@code reminder-interval}, 10 min); tests call the job themselves. */
  private boolean reminderJobEnabled = true;

  /** How long before a pickup code expires its volunteer is reminded, once. */
  @NotNull private Duration remindBefore = Duration.ofHours(24);

  @Min(1)
  private int reminderBatchSize = 100;

  /** Redemptions of one item let into the database at once on one instance. */
  @Min(1)
  private int redemptionsInFlightPerItem = 8;

  /** How long a sold-out item is answered from memory; zero reads the stock every time. */
  @NotNull private Duration soldOutMemo = Duration.ofSeconds(2);

  /**
   * How long a read that found an item in stock lets further redemptions skip that read (they go
   * the full way, where the stock update decides); zero reads every time.
   */
  @NotNull private Duration inStockMemo = Duration.ofMillis(200);

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

  public Duration getInStockMemo() {
    return inStockMemo;
  }

  public void setInStockMemo(Duration inStockMemo) {
    this.inStockMemo = inStockMemo;
  }

  public int getExpiryBatchSize() {
    return expiryBatchSize;
  }

  public void setExpiryBatchSize(int expiryBatchSize) {
    this.expiryBatchSize = expiryBatchSize;
  }

  public boolean isReminderJobEnabled() {
    return reminderJobEnabled;
  }

  public void setReminderJobEnabled(boolean reminderJobEnabled) {
    this.reminderJobEnabled = reminderJobEnabled;
  }

  public Duration getRemindBefore() {
    return remindBefore;
  }

  public void setRemindBefore(Duration remindBefore) {
    this.remindBefore = remindBefore;
  }

  /** A reminder comes some time before the code expires: more than zero, at most 30 days. */
  @AssertTrue(message = "remind-before must be more than zero and at most 30 days")
  public boolean isRemindBeforeValid() {
    return remindBefore == null
        || (!remindBefore.isNegative()
            && !remindBefore.isZero()
            && remindBefore.compareTo(Duration.ofDays(30)) <= 0);
  }

  public int getReminderBatchSize() {
    return reminderBatchSize;
  }

  public void setReminderBatchSize(int reminderBatchSize) {
    this.reminderBatchSize = reminderBatchSize;
  }
}
