package org.gridlink.grids;

/** Makes every instance's index reflect the registry after an import. */
interface GridIndexRefresh {
  /** Called after an import committed: rebuild here, and tell the other instances. */
  void importApplied();
}
