package org.gridlink.support;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits for something done after a commit on another thread (e.g. a WeChat message). */
public final class Eventually {
  private Eventually() {}

  public static void within(Duration limit, String what, BooleanSupplier condition) {
    long deadline = System.nanoTime() + limit.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("Not within " + limit + ": " + what);
      }
      try {
        Thread.sleep(25);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }

  /** Waits the usual five seconds. */
  public static void until(String what, BooleanSupplier condition) {
    within(Duration.ofSeconds(5), what, condition);
  }
}
