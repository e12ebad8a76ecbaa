package org.gridlink.grids;

import io.micronaut.transaction.annotation.TransactionalEventListener;
import jakarta.inject.Singleton;
import org.gridlink.workers.WorkersChanged;

/**
 * Drops the cached notice boards, on every instance, once a worker change has committed: a board
 * reloaded before the commit would otherwise keep showing the old worker.
 */
@Singleton
class WorkerBoardsListener {
  private final GridIndexRefresh refresh;

  WorkerBoardsListener(GridIndexRefresh refresh) {
    this.refresh = refresh;
  }

  @TransactionalEventListener(TransactionalEventListener.TransactionPhase.AFTER_COMMIT)
  void onWorkersChanged(WorkersChanged event) {
    refresh.boardsChanged();
  }
}
