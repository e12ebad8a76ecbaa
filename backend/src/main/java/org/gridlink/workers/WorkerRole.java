package org.gridlink.workers;

/** Huai'an's "1+1+N+N": chief, manager, workers and informants, in notice-board order. */
public enum WorkerRole {
  GRID_CHIEF,
  GRID_MANAGER,
  GRID_WORKER,
  GRID_INFORMANT
}
