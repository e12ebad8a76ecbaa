package org.gridlink.grids;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

/** Without Redis there is one instance: rebuilding here is refreshing everywhere. */
@Singleton
@Requires(missingProperty = "redis.uri")
class InProcessGridIndexRefresh implements GridIndexRefresh {
  private final GridIndexHolder holder;

  InProcessGridIndexRefresh(GridIndexHolder holder) {
    this.holder = holder;
  }

  @Override
  public void importApplied() {
    holder.rebuild();
  }
}
