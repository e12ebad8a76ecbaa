package org.gridlink.workers;

import jakarta.inject.Singleton;
import java.util.List;

/** What other features may ask of workers: who serves a grid (public fields only), and seeding. */
@Singleton
public class WorkersFacade {
  private final WorkerService service;

  WorkersFacade(WorkerService service) {
    this.service = service;
  }

  /** The workers serving a grid as the public notice board shows them, chief first. */
  public List<WorkerCard> servingGrid(String gridCode) {
    return service.serving(gridCode);
  }

  /** The worker record linked to a WeChat account (a GRID_WORKER token's subject), if any. */
  public java.util.Optional<WorkerAccount> linkedTo(String accountSubject) {
    return service.linkedTo(accountSubject);
  }

  /** The WeChat account linked to a worker (to notify them), if staff linked one. */
  public java.util.Optional<String> accountOf(long workerId) {
    return service.accountOf(workerId);
  }

  /** Creates workers in one transaction (the demo city's seeding); returns their ids. */
  public List<Long> createAll(List<WorkerDraft> drafts) {
    return service.createAll(drafts);
  }
}
