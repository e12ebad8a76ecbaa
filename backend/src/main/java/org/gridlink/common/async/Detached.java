package org.gridlink.common.async;

import io.micronaut.core.propagation.PropagatedContext;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.concurrent.ExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs work after a commit on another thread, detached from the caller's context: the caller's
 * (finished) transaction and connection are not propagated, so the work opens its own, and its
 * failures are logged, never thrown at the caller.
 */
@Singleton
public class Detached {
  private static final Logger LOG = LoggerFactory.getLogger(Detached.class);
  private final ExecutorService executor;

  Detached(@Named(TaskExecutors.IO) ExecutorService executor) {
    this.executor = executor;
  }

  public void run(String what, Runnable work) {
    executor.execute(
        () -> {
          try (PropagatedContext.Scope ignored = PropagatedContext.empty().propagate()) {
            work.run();
          } catch (RuntimeException e) {
            LOG.warn("{} failed: {}", what, e.getClass().getName());
          }
        });
  }
}
