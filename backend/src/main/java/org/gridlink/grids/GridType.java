package org.gridlink.grids;

/** Comprehensive grids cover neighbourhoods; dedicated grids (专属网格) one institution. */
public enum GridType {
  COMPREHENSIVE,
  DEDICATED
}
