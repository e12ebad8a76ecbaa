package org.gridlink.servicerequests;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import org.gridlink.servicerequests.ServiceRequestEntities.Request;
import org.gridlink.servicerequests.ServiceRequestRepositories.Requests;
import org.gridlink.workers.WorkerCard;
import org.gridlink.workers.WorkerRole;
import org.gridlink.workers.WorkersFacade;

/**
 * Requests past their response target go up: to the grid's chief (notified, and it stands out in
 * the chief's queue) and to community staff (the console's escalated list). Safe on many instances:
 * each request is claimed by a conditional update, so exactly one run escalates it. The overdue
 * check that calls this is {@link EscalationJob}.
 */
@Singleton
class Escalations {
  private final Requests requests;
  private final RequestLifecycle lifecycle;
  private final RequestNotices notices;
  private final WorkersFacade workers;

  Escalations(
      Requests requests,
      RequestLifecycle lifecycle,
      RequestNotices notices,
      WorkersFacade workers) {
    this.requests = requests;
    this.lifecycle = lifecycle;
    this.notices = notices;
    this.workers = workers;
  }

  /** Escalates one overdue request unless another run already did; true if this one did. */
  @Transactional
  boolean escalate(long id, Instant now) {
    // The row lock orders us after any step taken meanwhile (done, escalated by another run).
    Request r = lifecycle.lock(id);
    if (r.escalatedAt() != null || !r.status().clockRuns() || !r.dueAt().isBefore(now)) {
      return false;
    }
    if (requests.claimEscalation(id, now) != 1) {
      return false;
    }
    lifecycle.stepped(r, Step.ESCALATED, Actor.system(), null);
    List<Long> chiefs =
        workers.servingGrid(r.gridCode()).stream()
            .filter(w -> w.role() == WorkerRole.GRID_CHIEF)
            .map(WorkerCard::id)
            .toList();
    notices.toWorkers(chiefs, r, "servicerequests.notice.worker-escalated");
    return true;
  }
}
