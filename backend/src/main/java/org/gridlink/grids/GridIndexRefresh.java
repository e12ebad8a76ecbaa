package org.gridlink.grids;

/** Makes every instance's index and notice boards reflect the database after a change. */
interface GridIndexRefresh {
  /** Called after an import committed: rebuild here, and tell the other instances. */
  void importApplied();

  /** Called after workers changed (committed): drop the cached boards here and everywhere. */
  void boardsChanged();
}
