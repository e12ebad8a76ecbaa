package org.gridlink.rewards;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** The rows of the rewards feature. */
final class RewardEntities {
  private RewardEntities() {}

  /** A catalog item. {@code stock} only moves by conditional updates (see the repository). */
  @MappedEntity("reward_item")
  record Item(
      @Id @GeneratedValue @Nullable Long id,
      String name,
      @Nullable String description,
      @Nullable String pictureMediaId,
      @Nullable String pictureUrl,
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
      boolean active,
      Instant createdAt,
      Instant updatedAt) {

    boolean availableAt(Instant now) {
      return active
          && (availableFrom == null || !now.isBefore(availableFrom))
          && (availableUntil == null || now.isBefore(availableUntil));
    }
  }

  @MappedEntity("reward_redemption")
  record Redemption(
      @Id @GeneratedValue @Nullable Long id,
      String ref,
      String subject,
      long itemId,
      long price,
      RedemptionStatus status,
      String requestKey,
      String qrToken,
      String shortCode,
      Instant validUntil,
      Instant createdAt,
      Instant updatedAt,
      @Nullable Instant closedAt,
      @Nullable String closedBy,
      @Nullable Instant remindedAt) {}
}
