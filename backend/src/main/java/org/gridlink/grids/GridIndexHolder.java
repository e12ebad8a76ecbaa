package org.gridlink.grids;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Holds the current {@link GridIndex}. Lookups read one volatile reference and never wait; a
 * rebuild makes a whole new index aside and swaps it in. Rebuilds are serialised so two refresh
 * messages arriving together build once each, in order, and the last one wins.
 */
@Singleton
class GridIndexHolder {
  private static final Logger LOG = LoggerFactory.getLogger(GridIndexHolder.class);
  private final AtomicReference<GridIndex> current =
      new AtomicReference<>(new GridIndex(List.of()));
  private final ReentrantLock rebuilding = new ReentrantLock();
  private final GridRegistry registry;

  GridIndexHolder(GridRegistry registry) {
    this.registry = registry;
  }

  GridIndex current() {
    return current.get();
  }

  /** Reads the current boundaries and swaps in a fresh index. */
  void rebuild() {
    rebuilding.lock();
    try {
      long start = System.nanoTime();
      GridIndex next = new GridIndex(registry.currentBoundaries());
      current.set(next);
      LOG.info(
          "Grid index rebuilt: {} grids in {} ms",
          next.size(),
          (System.nanoTime() - start) / 1_000_000);
    } finally {
      rebuilding.unlock();
    }
  }
}
