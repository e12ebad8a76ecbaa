package org.gridlink.rewards;

import jakarta.inject.Singleton;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * Lets a few redemptions of one item into the database at a time on this instance ({@code
 * gridlink.rewards.redemptions-in-flight-per-item}). Every redemption of an item ends on the same
 * stock row lock; two hundred transactions queued on it hold two hundred pooled connections and
 * keep the machine's run queue long, so the transaction that holds the lock waits for a CPU before
 * it can commit and let the next one in. The others wait here, parked, and ask {@link SoldOutMemo}
 * first when their turn comes, so the ones that arrive after the last unit go leave without
 * touching the database.
 */
@Singleton
class RedemptionGate {
  private final Map<Long, Semaphore> gates = new ConcurrentHashMap<>();
  private final RewardsProperties properties;
  private final SoldOutMemo memo;

  RedemptionGate(RewardsProperties properties, SoldOutMemo memo) {
    this.properties = properties;
    this.memo = memo;
  }

  <T> T through(long itemId, Supplier<T> redemption) {
    Semaphore gate =
        gates.computeIfAbsent(
            itemId, id -> new Semaphore(properties.getRedemptionsInFlightPerItem(), true));
    gate.acquireUninterruptibly();
    try {
      if (memo.recentlySoldOut(itemId)) {
        throw RedemptionService.soldOut();
      }
      return redemption.get();
    } finally {
      gate.release();
    }
  }
}
