package org.gridlink.rewards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import org.gridlink.common.web.ProblemException;
import org.gridlink.support.Concurrently;
import org.junit.jupiter.api.Test;

/** The per-item gate: how many redemptions of one item run at once, and the sold-out shortcut. */
class RedemptionGateTest {
  private final RewardsProperties properties = new RewardsProperties();
  private final SoldOutMemo memo =
      new SoldOutMemo(
          properties, Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneOffset.UTC));

  @Test
  void noMoreThanTheConfiguredNumberOfRedemptionsOfOneItemRunAtOnce() throws Exception {
    properties.setRedemptionsInFlightPerItem(3);
    var gate = new RedemptionGate(properties, memo);
    AtomicInteger inside = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    List<Callable<Void>> tasks = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      tasks.add(
          () ->
              gate.through(
                  7L,
                  () -> {
                    most.accumulateAndGet(inside.incrementAndGet(), Math::max);
                    sleep();
                    inside.decrementAndGet();
                    return null;
                  }));
    }
    Concurrently.run(tasks, 40);
    assertThat(most.get()).isEqualTo(3);
  }

  @Test
  void anItemJustSeenSoldOutIsRefusedWithoutRunningTheRedemption() {
    var gate = new RedemptionGate(properties, memo);
    memo.soldOut(9L);
    AtomicInteger ran = new AtomicInteger();
    assertThatThrownBy(() -> gate.through(9L, ran::incrementAndGet))
        .isInstanceOf(ProblemException.class)
        .hasMessageContaining("sold-out");
    assertThat(ran.get()).isZero();
    memo.stockReturned(9L);
    assertThat(gate.through(9L, ran::incrementAndGet)).isEqualTo(1);
    assertThat(gate.through(10L, ran::incrementAndGet)).isEqualTo(2);
  }

  private static void sleep() {
    try {
      Thread.sleep(50);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Test
  void anInStockReadIsRememberedBrieflyAndForgottenWhenTheItemSellsOut() {
    var clock = new org.gridlink.support.MutableClock();
    var shortMemo = new SoldOutMemo(properties, clock);
    assertThat(shortMemo.recentlyInStock(5L)).isFalse();
    shortMemo.inStock(5L);
    assertThat(shortMemo.recentlyInStock(5L)).isTrue();
    clock.advance(java.time.Duration.ofMillis(250));
    assertThat(shortMemo.recentlyInStock(5L)).as("200 ms by default").isFalse();
    shortMemo.inStock(5L);
    shortMemo.soldOut(5L);
    assertThat(shortMemo.recentlyInStock(5L)).isFalse();
    assertThat(shortMemo.recentlySoldOut(5L)).isTrue();
  }
}
