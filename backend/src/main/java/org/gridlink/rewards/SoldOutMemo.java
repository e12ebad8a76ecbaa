package org.gridlink.rewards;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The items this instance saw sold out in the last moments ({@code gridlink.rewards.sold-out-memo},
 * 2 s by default). In a flash sale thousands of requests arrive after the last unit went; the memo
 * answers them without a database read. A unit returned on this instance (cancel, expiry, restock)
 * forgets the item at once; one returned on another instance is seen when the memo runs out, so a
 * "sold out" can be that much late, never an oversell: the stock update stays the only judge.
 *
 * <p>It also remembers, for a much shorter time ({@code gridlink.rewards.in-stock-memo}, 200 ms),
 * that a read found the item in stock: while the last units go, every new request would otherwise
 * read the item once more only to learn that, and then go the full way anyway.
 */
@Singleton
class SoldOutMemo {
  private final Map<Long, Instant> seenAt = new ConcurrentHashMap<>();
  private final Map<Long, Instant> inStockAt = new ConcurrentHashMap<>();
  private final RewardsProperties properties;
  private final Clock clock;

  SoldOutMemo(RewardsProperties properties, Clock clock) {
    this.properties = properties;
    this.clock = clock;
  }

  boolean recentlySoldOut(long itemId) {
    return fresh(seenAt, itemId, properties.getSoldOutMemo());
  }

  void soldOut(long itemId) {
    inStockAt.remove(itemId);
    remember(seenAt, itemId, properties.getSoldOutMemo());
  }

  boolean recentlyInStock(long itemId) {
    return fresh(inStockAt, itemId, properties.getInStockMemo());
  }

  void inStock(long itemId) {
    remember(inStockAt, itemId, properties.getInStockMemo());
  }

  void stockReturned(long itemId) {
    seenAt.remove(itemId);
  }

  private boolean fresh(Map<Long, Instant> memo, long itemId, Duration lasting) {
    Instant seen = memo.get(itemId);
    return seen != null && clock.instant().isBefore(seen.plus(lasting));
  }

  /** A zero duration turns that memory off. */
  private void remember(Map<Long, Instant> memo, long itemId, Duration lasting) {
    if (!lasting.isZero()) {
      memo.put(itemId, clock.instant());
    }
  }
}
