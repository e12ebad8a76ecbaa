package org.gridlink.rewards;

import jakarta.inject.Singleton;
import java.time.format.DateTimeFormatter;
import org.gridlink.identity.ResidentNotifier;

/**
 * Tells a volunteer what happened to a redemption without them: staff handed the item over, or the
 * pickup code ran out and the points came back; and, once, that the code is about to run out. (A
 * redemption or a cancel is the volunteer's own act, answered on their screen.) Texts are message
 * keys ({@code rewards.notice.*}) shown in the reader's language; in the caller's transaction, so a
 * rolled-back change tells nobody.
 */
@Singleton
class RedemptionNotices {
  static final String KIND = "REDEMPTION";
  static final String REF_TYPE = "redemption";
  static final String PAGE = "/points";

  /** Deadlines as volunteers read them in both languages, in {@code gridlink.rewards.zone}. */
  private static final DateTimeFormatter DEADLINE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final ResidentNotifier notifier;
  private final RewardRepositories.Items items;
  private final RewardsProperties properties;

  RedemptionNotices(
      ResidentNotifier notifier, RewardRepositories.Items items, RewardsProperties properties) {
    this.notifier = notifier;
    this.items = items;
    this.properties = properties;
  }

  /** The pickup code runs out soon: what, where, and until when (local time). */
  void pickupReminder(RewardEntities.Redemption r) {
    var item = items.findById(r.itemId());
    notice(
        r,
        "rewards.notice.pickup-reminder",
        item.map(RewardEntities.Item::name).orElse(""),
        item.map(RewardEntities.Item::pickupPlace).orElse(""),
        DEADLINE.format(r.validUntil().atZone(properties.getZone())));
  }

  void closed(RewardEntities.Redemption r, RedemptionStatus to) {
    String item = items.findById(r.itemId()).map(RewardEntities.Item::name).orElse("");
    switch (to) {
      case PICKED_UP -> notice(r, "rewards.notice.picked-up", item);
      case EXPIRED -> notice(r, "rewards.notice.expired", item, String.valueOf(r.price()));
      default -> {
        // Cancelled by the volunteer: they saw it happen.
      }
    }
  }

  private void notice(RewardEntities.Redemption r, String key, String... args) {
    notifier.notifyMessage(r.subject(), KIND, REF_TYPE, r.ref(), PAGE, key, args);
  }
}
