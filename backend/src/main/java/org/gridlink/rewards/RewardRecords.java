package org.gridlink.rewards;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** Wire records of the rewards feature. */
final class RewardRecords {
  private RewardRecords() {}

  /** A catalog item as staff write it; stock is set at creation and then changed by delta. */
  @Serdeable
  record ItemRequest(
      @NotBlank @Size(max = 100) String name,
      @Nullable @Size(max = 1000) String description,
      @Nullable @Size(max = 64) String pictureMediaId,
      @Nullable @Size(max = 500) @Pattern(regexp = "https?://\\S+") String pictureUrl,
      @Min(1) @Max(1_000_000) long price,
      @Nullable @Min(0) @Max(1_000_000) Integer stock,
      @Nullable @Min(1) Integer limitDay,
      @Nullable @Min(1) Integer limitWeek,
      @Nullable @Min(1) Integer limitMonth,
      @Nullable @Min(1) Integer limitTotal,
      @Nullable Instant availableFrom,
      @Nullable Instant availableUntil,
      @NotBlank @Size(max = 200) String pickupPlace,
      @Min(1) @Max(365) int pickupDays,
      boolean active) {}

  @Serdeable
  record StockChange(@Min(-1_000_000) @Max(1_000_000) int delta) {}

  @Serdeable
  record ItemView(
      long id,
      String name,
      @Nullable String description,
      @Nullable String pictureUrl,
      @Nullable String pictureMediaId,
      long price,
      int stock,
      int stockTotal,
      @Nullable Integer limitDay,
      @Nullable Integer limitWeek,
      @Nullable Integer limitMonth,
      @Nullable Integer limitTotal,
      @Nullable Instant availableFrom,
      @Nullable Instant availableUntil,
      String pickupPlace,
      int pickupDays,
      boolean active) {}

  @Serdeable
  record RedeemRequest(@NotNull Long itemId) {}

  @Serdeable
  record VerifyRequest(@NotBlank @Size(max = 64) String code) {}

  /**
   * A redemption. The pickup codes are only shown to the volunteer who owns it (null for staff
   * views); {@code subject} only to staff.
   */
  @Serdeable
  record RedemptionView(
      String ref,
      long itemId,
      String itemName,
      String pickupPlace,
      long price,
      String status,
      @Nullable String qrToken,
      @Nullable String shortCode,
      Instant validUntil,
      Instant createdAt,
      @Nullable Instant closedAt,
      @Nullable String subject) {}
}
