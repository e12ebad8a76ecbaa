package org.gridlink.servicerequests;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
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
import org.gridlink.workers.WorkerCard;
import org.gridlink.workers.WorkerRole;
import org.gridlink.workers.WorkersFacade;

/**
 * Community staff: every request, the escalated ones, assigning one nobody has (or handing it to
 * another worker of its grid), and closing those sent to staff.
 */
@Singleton
class StaffDesk {
  private final Requests requests;
  private final Assignees assignees;
  private final RequestLifecycle lifecycle;
  private final RequestNotices notices;
  private final WorkersFacade workers;

  StaffDesk(
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

  Page<Request> list(@Nullable ServiceRequestStatus status, boolean escalatedOnly, Pageable page) {
    var statuses = status == null ? EnumSet.allOf(ServiceRequestStatus.class) : EnumSet.of(status);
    return escalatedOnly
        ? requests.findByEscalatedAtIsNotNullAndStatusIn(statuses, page)
        : requests.findByStatusIn(statuses, page);
  }

  Request one(long id) {
    return requests
        .findById(id)
        .orElseThrow(() -> ProblemException.notFound("servicerequests.not-found", id));
  }

  /** Staff settle a request the resident twice said was not done. */
  @Transactional
  Request close(long id, String staff, String note) {
    return lifecycle.move(
        lifecycle.lock(id),
        ServiceRequestStatus.CLOSED,
        Step.CLOSED_BY_STAFF,
        Actor.staff(staff),
        note.trim());
  }

  /** Workers of the request's grid who can take it (informants only pass information on). */
  List<Colleague> candidates(long id) {
    return assignable(one(id).gridCode()).stream()
        .map(w -> new Colleague(w.id(), w.name(), w.role().name(), w.onDuty()))
        .toList();
  }

  /**
   * Gives the request to one worker of its grid, replacing whoever had it: the step is on the
   * timeline (by staff, with the worker's name), the resident and the worker are told. 409 when the
   * status does not allow it ({@link ServiceRequestStatus#staffMayAssign}) or the worker already
   * has it alone; 422 for a worker who does not serve the grid.
   */
  @Transactional
  Request assign(long id, long workerId, String staff, String note) {
    Request r = lifecycle.lock(id);
    if (!r.status().staffMayAssign()) {
      throw ServiceRequests.conflict(r);
    }
    WorkerCard worker =
        assignable(r.gridCode()).stream()
            .filter(w -> w.id() == workerId)
            .findFirst()
            .orElseThrow(
                () ->
                    new ProblemException(
                        HttpStatus.UNPROCESSABLE_ENTITY,
                        "worker-not-of-grid",
                        "servicerequests.assign-not-of-grid",
                        workerId,
                        r.gridCode()));
    if (lifecycle.workerIds(id).equals(List.of(workerId))) {
      throw new ProblemException(
          HttpStatus.CONFLICT, "conflict", "servicerequests.assign-already", worker.name());
    }
    assignees.deleteByRequestId(id);
    assignees.save(new Assignee(null, id, workerId));
    String text = ServiceRequests.blankToNull(note);
    Request after =
        lifecycle.stepped(
            r,
            Step.ASSIGNED,
            Actor.staff(staff),
            text == null ? worker.name() : worker.name() + "：" + text);
    notices.toWorkers(List.of(workerId), after, "servicerequests.notice.worker-new");
    return after;
  }

  private List<WorkerCard> assignable(String gridCode) {
    return workers.servingGrid(gridCode).stream()
        .filter(w -> w.role() != WorkerRole.GRID_INFORMANT)
        .toList();
  }
}
