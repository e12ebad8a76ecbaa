package org.gridlink.servicerequests;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.EnumSet;
import org.gridlink.common.web.ProblemException;
import org.gridlink.servicerequests.ServiceRequestEntities.Request;
import org.gridlink.servicerequests.ServiceRequestRepositories.Requests;

/** Community staff: every request, the escalated ones, and closing those sent to staff. */
@Singleton
class StaffDesk {
  private final Requests requests;
  private final RequestLifecycle lifecycle;

  StaffDesk(Requests requests, RequestLifecycle lifecycle) {
    this.requests = requests;
    this.lifecycle = lifecycle;
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
}
