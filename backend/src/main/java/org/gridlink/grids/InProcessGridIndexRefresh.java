package org.gridlink.grids;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

/** Without Redis there is one instance: rebuilding here is refreshing everywhere. */
@Singleton
@Requires(missingProperty = "redis.uri")
class InProcessGridIndexRefresh implements GridIndexRefresh {
  private final GridIndexHolder holder;
  private final BoardCache boards;

  InProcessGridIndexRefresh(GridIndexHolder holder, BoardCache boards) {
    this.holder = holder;
    this.boards = boards;
  }

  @Override
  public void importApplied() {
    holder.rebuild();
  }

  @Override
  public void boardsChanged() {
    boards.invalidateAll();
  }
}
