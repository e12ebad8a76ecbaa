package org.gridlink.servicerequests;

import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.EnumSet;
import java.util.List;
import org.gridlink.common.web.ProblemException;
import org.gridlink.servicerequests.ServiceRequestEntities.Assignee;
import org.gridlink.servicerequests.ServiceRequestEntities.Request;
import org.gridlink.servicerequests.ServiceRequestRecords.Colleague;
import org.gridlink.servicerequests.ServiceRequestRepositories.Assignees;
import org.gridlink.servicerequests.ServiceRequestRepositories.Requests;
import org.gridlink.workers.WorkerAccount;
import org.gridlink.workers.WorkerCard;
import org.gridlink.workers.WorkersFacade;

/**
 * The grid worker's side, signed in with the WeChat account staff linked to their worker record. A
 * worker sees and acts on requests of the grids they serve only; anything else is "not found", so
 * ids of other grids' requests reveal nothing.
 */
@Singleton
class WorkerDesk {
  private final Requests requests;
  private final Assignees assignees;
  private final RequestLifecycle lifecycle;
  private final RequestNotices notices;
  private final WorkersFacade workers;

  WorkerDesk(
      Requests requests,
      Assignees assignees,
      RequestLifecycle lifecycle,
      RequestNotices notices,
      WorkersFacade workers) {
    this.requests = requests;
    this.assignees = assignees;
    this.lifecycle = lifecycle;
    this.notices = notices;
    this.workers = workers;
  }

  WorkerAccount me(String subject) {
    return workers
        .linkedTo(subject)
        .orElseThrow(
            () ->
                new ProblemException(
                    HttpStatus.FORBIDDEN, "forbidden", "servicerequests.not-a-worker"));
  }

  /** Requests of my grids: those with workers (oldest target first), or all of them. */
  Page<Request> queue(WorkerAccount me, boolean all, Pageable page) {
    if (me.gridCodes().isEmpty()) {
      return Page.empty();
    }
    var statuses =
        all ? EnumSet.allOf(ServiceRequestStatus.class) : ServiceRequestStatus.atWorkers();
    Sort sort = all ? Sort.of(Sort.Order.desc("createdAt")) : Sort.of(Sort.Order.asc("dueAt"));
    return requests.findByGridCodeInAndStatusIn(
        me.gridCodes(), statuses, Pageable.from(page.getNumber(), page.getSize(), sort));
  }

  Request one(WorkerAccount me, long id) {
    return requests
        .findById(id)
        .filter(r -> me.gridCodes().contains(r.gridCode()))
        .orElseThrow(() -> ProblemException.notFound("servicerequests.not-found", id));
  }

  /** Colleagues serving the request's grid, to hand it over to. */
  List<Colleague> colleagues(WorkerAccount me, long id) {
    Request r = one(me, id);
    return workers.servingGrid(r.gridCode()).stream()
        .filter(w -> w.id() != me.workerId())
        .map(w -> new Colleague(w.id(), w.name(), w.role().name(), w.onDuty()))
        .toList();
  }

  /** I take it: accepted, and with me from now on (a chief may take a colleague's request). */
  @Transactional
  Request accept(WorkerAccount me, long id) {
    Request r = locked(me, id);
    ensureAssigned(r.id(), me.workerId());
    return lifecycle.move(r, ServiceRequestStatus.ACCEPTED, Step.ACCEPTED, actor(me), null);
  }

  @Transactional
  Request reply(WorkerAccount me, long id, String note) {
    Request r = locked(me, id);
    if (!r.status().withWorkers()) {
      throw ServiceRequests.conflict(r);
    }
    return lifecycle.stepped(r, Step.REPLIED, actor(me), note.trim());
  }

  @Transactional
  Request askForInformation(WorkerAccount me, long id, String question) {
    Request r = locked(me, id);
    return lifecycle.move(
        r, ServiceRequestStatus.NEEDS_INFO, Step.INFO_REQUESTED, actor(me), question.trim());
  }

  /** Passes the request from me to a colleague serving the same grid. */
  @Transactional
  Request handOver(WorkerAccount me, long id, long colleagueId, String note) {
    Request r = locked(me, id);
    if (!r.status().withWorkers()) {
      throw ServiceRequests.conflict(r);
    }
    WorkerCard colleague =
        workers.servingGrid(r.gridCode()).stream()
            .filter(w -> w.id() == colleagueId && w.id() != me.workerId())
            .findFirst()
            .orElseThrow(() -> ProblemException.badRequest("servicerequests.not-a-colleague"));
    assignees.deleteByRequestIdAndWorkerId(r.id(), me.workerId());
    ensureAssigned(r.id(), colleague.id());
    String text =
        ServiceRequests.blankToNull(note) == null
            ? colleague.name()
            : colleague.name() + "：" + note.trim();
    Request after = lifecycle.stepped(r, Step.HANDED_OVER, actor(me), text);
    notices.toWorkers(List.of(colleague.id()), after, "servicerequests.notice.worker-handed");
    return after;
  }

  @Transactional
  Request done(WorkerAccount me, long id, String note) {
    Request r = locked(me, id);
    ensureAssigned(r.id(), me.workerId());
    return lifecycle.move(
        r, ServiceRequestStatus.DONE, Step.DONE, actor(me), ServiceRequests.blankToNull(note));
  }

  private Request locked(WorkerAccount me, long id) {
    Request r = lifecycle.lock(id);
    if (!me.gridCodes().contains(r.gridCode())) {
      throw ProblemException.notFound("servicerequests.not-found", id);
    }
    return r;
  }

  private void ensureAssigned(long requestId, long workerId) {
    boolean already =
        assignees.findByRequestId(requestId).stream().anyMatch(a -> a.workerId() == workerId);
    if (!already) {
      assignees.save(new Assignee(null, requestId, workerId));
    }
  }

  private static Actor actor(WorkerAccount me) {
    return Actor.worker("worker:" + me.workerId(), me.name());
  }
}
