package org.gridlink.grids;

import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import org.gridlink.common.web.ProblemException;
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
  private static final Duration FIRST_BUILD_WAIT = Duration.ofSeconds(30);
  private final AtomicReference<GridIndex> current =
      new AtomicReference<>(new GridIndex(List.of()));
  private final ReentrantLock rebuilding = new ReentrantLock();

  /** Open once the first index is built; until then lookups wait rather than answer "no grid". */
  private final CountDownLatch built = new CountDownLatch(1);

  private final GridRegistry registry;
  private final BoardCache boards;

  GridIndexHolder(GridRegistry registry, BoardCache boards) {
    this.registry = registry;
    this.boards = boards;
  }

  GridIndex current() {
    if (built.getCount() > 0) {
      awaitFirstBuild();
    }
    return current.get();
  }

  private void awaitFirstBuild() {
    try {
      if (!built.await(FIRST_BUILD_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
        throw new ProblemException(
            HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable", "grids.index-loading");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ProblemException(
          HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable", "grids.index-loading");
    }
  }

  /**
   * Reads the current boundaries and swaps in a fresh index; the cached boards go too, since an
   * import may have renamed grids or changed their chain and community office.
   */
  void rebuild() {
    rebuilding.lock();
    try {
      long start = System.nanoTime();
      GridIndex next = new GridIndex(registry.currentBoundaries());
      current.set(next);
      boards.invalidateAll();
      built.countDown();
      LOG.info(
          "Grid index rebuilt: {} grids in {} ms",
          next.size(),
          (System.nanoTime() - start) / 1_000_000);
    } finally {
      rebuilding.unlock();
    }
  }
}
