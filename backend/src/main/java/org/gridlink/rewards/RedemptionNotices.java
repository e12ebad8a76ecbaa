package org.gridlink.rewards;

import jakarta.inject.Singleton;
import org.gridlink.identity.ResidentNotifier;

/**
 * Tells a volunteer what happened to a redemption without them: staff handed the item over, or the
 * pickup code ran out and the points came back. (A redemption or a cancel is the volunteer's own
 * act, answered on their screen.) Texts are message keys ({@code rewards.notice.*}) shown in the
 * reader's language; in the caller's transaction, so a rolled-back change tells nobody.
 */
@Singleton
class RedemptionNotices {
  static final String KIND = "REDEMPTION";
  static final String REF_TYPE = "redemption";
  static final String PAGE = "/points";

  private final ResidentNotifier notifier;
  private final RewardRepositories.Items items;

  RedemptionNotices(ResidentNotifier notifier, RewardRepositories.Items items) {
    this.notifier = notifier;
    this.items = items;
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
