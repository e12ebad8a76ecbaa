package org.gridlink.servicerequests;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import org.gridlink.common.web.ProblemException;
import org.gridlink.servicerequests.ServiceRequestEntities.Assignee;
import org.gridlink.servicerequests.ServiceRequestEntities.Event;
import org.gridlink.servicerequests.ServiceRequestEntities.Request;
import org.gridlink.servicerequests.ServiceRequestRepositories.Assignees;
import org.gridlink.servicerequests.ServiceRequestRepositories.Events;
import org.gridlink.servicerequests.ServiceRequestRepositories.Requests;

/**
 * Every step of a request goes through here: the status rule is checked (on the enum), the step is
 * written on the timeline, the resident is told (unless they took it), and "done" is published.
 * Callers hold the request's row lock inside their transaction.
 */
@Singleton
class RequestLifecycle {
  private final Requests requests;
  private final Events events;
  private final Assignees assignees;
  private final RequestNotices notices;
  private final ApplicationEventPublisher<ServiceRequestCompleted> completed;
  private final Clock clock;

  RequestLifecycle(
      Requests requests,
      Events events,
      Assignees assignees,
      RequestNotices notices,
      ApplicationEventPublisher<ServiceRequestCompleted> completed,
      Clock clock) {
    this.requests = requests;
    this.events = events;
    this.assignees = assignees;
    this.notices = notices;
    this.completed = completed;
    this.clock = clock;
  }

  /** The request locked for this transaction, or 404. */
  Request lock(long id) {
    return requests
        .findByIdForUpdate(id)
        .orElseThrow(() -> ProblemException.notFound("servicerequests.not-found", id));
  }

  static void requireMove(Request r, ServiceRequestStatus to) {
    if (!r.status().canMoveTo(to)) {
      throw new ProblemException(
          HttpStatus.CONFLICT, "conflict", "servicerequests.bad-transition", r.status(), to);
    }
  }

  /** Moves the request (rules on {@link ServiceRequestStatus}) and records the step. */
  Request move(Request r, ServiceRequestStatus to, Step step, Actor actor, String note) {
    requireMove(r, to);
    return stepped(requests.update(r.moved(to, clock.instant())), step, actor, note);
  }

  /** Stores an already changed request (rated, said not done) and records the step. */
  Request save(Request changed, Step step, Actor actor, String note) {
    return stepped(requests.update(changed), step, actor, note);
  }

  /** A step that does not change the status (a reply, a hand-over, an escalation). */
  Request stepped(Request r, Step step, Actor actor, String note) {
    events.save(
        new Event(
            null,
            r.id(),
            step,
            r.status(),
            actor.subject(),
            actor.by(),
            actor.name(),
            note,
            clock.instant()));
    if (actor.by() != Actor.By.RESIDENT) {
      notices.toResident(r, step);
    }
    if (step == Step.DONE) {
      completed.publishEvent(
          new ServiceRequestCompleted(
              r.id(), r.resident(), r.gridCode(), workerIds(r.id()), clock.instant()));
    }
    return r;
  }

  List<Long> workerIds(long requestId) {
    return assignees.findByRequestId(requestId).stream().map(Assignee::workerId).toList();
  }
}
