package org.gridlink.servicerequests;

import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gridlink.common.web.ProblemException;
import org.gridlink.grids.GridLocation;
import org.gridlink.grids.GridsFacade;
import org.gridlink.identity.HomeGrid;
import org.gridlink.identity.IdentityFacade;
import org.gridlink.media.MediaFacade;
import org.gridlink.servicerequests.ServiceRequestEntities.Assignee;
import org.gridlink.servicerequests.ServiceRequestEntities.Photo;
import org.gridlink.servicerequests.ServiceRequestEntities.Request;
import org.gridlink.servicerequests.ServiceRequestEntities.RequestType;
import org.gridlink.servicerequests.ServiceRequestRecords.SubmitRequest;
import org.gridlink.servicerequests.ServiceRequestRepositories.Assignees;
import org.gridlink.servicerequests.ServiceRequestRepositories.Photos;
import org.gridlink.servicerequests.ServiceRequestRepositories.Requests;
import org.gridlink.servicerequests.ServiceRequestRepositories.Types;
import org.gridlink.workers.WorkerCard;
import org.gridlink.workers.WorkerRole;
import org.gridlink.workers.WorkersFacade;

/**
 * The resident's side: submit a request for a grid (assigned to its on-duty workers, the chief when
 * none is on duty), follow it, answer questions, cancel, and after "done" confirm and rate or say
 * it was not done. Every method takes the caller's subject; a request of someone else is "not
 * found".
 */
@Singleton
class ServiceRequests {
  private final Types types;
  private final Requests requests;
  private final Assignees assignees;
  private final Photos photos;
  private final RequestForms forms;
  private final RequestLifecycle lifecycle;
  private final RequestNotices notices;
  private final GridsFacade grids;
  private final WorkersFacade workers;
  private final IdentityFacade identity;
  private final MediaFacade media;
  private final Clock clock;

  ServiceRequests(
      Types types,
      Requests requests,
      Assignees assignees,
      Photos photos,
      RequestForms forms,
      RequestLifecycle lifecycle,
      RequestNotices notices,
      GridsFacade grids,
      WorkersFacade workers,
      IdentityFacade identity,
      MediaFacade media,
      Clock clock) {
    this.types = types;
    this.requests = requests;
    this.assignees = assignees;
    this.photos = photos;
    this.forms = forms;
    this.lifecycle = lifecycle;
    this.notices = notices;
    this.grids = grids;
    this.workers = workers;
    this.identity = identity;
    this.media = media;
    this.clock = clock;
  }

  @Transactional
  Request submit(SubmitRequest body, String subject, Locale locale) {
    identity.resident(subject).orElseThrow(ServiceRequests::residentsOnly);
    RequestType type =
        types
            .findById(body.typeCode())
            .filter(RequestType::active)
            .orElseThrow(() -> ProblemException.badRequest("servicerequests.type-unknown"));
    Map<String, String> answers =
        forms.check(forms.fields(type.fieldsJson()), body.answers(), locale);
    String gridCode = gridFor(body, subject);
    Instant now = clock.instant();
    Request saved =
        requests.save(
            new Request(
                null,
                subject,
                type.code(),
                gridCode,
                forms.write(answers),
                blankToNull(body.preferredTime()),
                ServiceRequestStatus.SUBMITTED,
                0,
                null,
                null,
                now.plus(Duration.ofHours(type.responseHours())),
                null,
                null,
                now,
                now));
    attachPhotos(saved.id(), body.photoIds(), subject);
    lifecycle.stepped(saved, Step.SUBMITTED, Actor.resident(subject), null);
    assign(saved);
    return saved;
  }

  /** The grid asked for: by code, by location (clearly in a grid), or the home grid. */
  private String gridFor(SubmitRequest body, String subject) {
    if (body.gridCode() != null) {
      String code = body.gridCode().trim();
      if (!grids.exists(code)) {
        throw ProblemException.notFound("grids.not-found", code);
      }
      return code;
    }
    if (body.lat() != null && body.lng() != null) {
      GridLocation at =
          grids.locate(body.lat(), body.lng(), body.crs() == null ? "wgs84" : body.crs());
      if (at.approximate()) {
        // Outside every grid: the resident picks the suggested grid explicitly, by code.
        throw new ProblemException(
            HttpStatus.UNPROCESSABLE_ENTITY,
            "grid-approximate",
            "servicerequests.grid-approximate",
            at.grid().name());
      }
      return at.grid().code();
    }
    return identity
        .homeGrid(subject)
        .map(HomeGrid::gridCode)
        .orElseThrow(() -> ProblemException.badRequest("servicerequests.grid-needed"));
  }

  private void attachPhotos(long requestId, List<String> ids, String subject) {
    if (ids == null || ids.isEmpty()) {
      return;
    }
    media.attach(ids, subject, "service-request:" + requestId);
    List<Photo> rows = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      rows.add(new Photo(null, requestId, ids.get(i), i));
    }
    photos.saveAll(rows);
  }

  /** On-duty workers of the grid (informants only pass information on); else the chiefs. */
  private void assign(Request r) {
    List<WorkerCard> serving = workers.servingGrid(r.gridCode());
    List<WorkerCard> chosen =
        serving.stream().filter(w -> w.onDuty() && w.role() != WorkerRole.GRID_INFORMANT).toList();
    if (chosen.isEmpty()) {
      chosen = serving.stream().filter(w -> w.role() == WorkerRole.GRID_CHIEF).toList();
    }
    if (chosen.isEmpty()) {
      // Nobody serves the grid: staff see it among the unassigned and hand it on.
      lifecycle.stepped(r, Step.UNASSIGNED, Actor.system(), null);
      return;
    }
    assignees.saveAll(chosen.stream().map(w -> new Assignee(null, r.id(), w.id())).toList());
    String names = String.join("、", chosen.stream().map(WorkerCard::name).toList());
    lifecycle.stepped(r, Step.ASSIGNED, Actor.system(), names);
    notices.toWorkers(
        chosen.stream().map(WorkerCard::id).toList(), r, "servicerequests.notice.worker-new");
  }

  Page<Request> mine(String subject, Pageable page) {
    return requests.findByResident(subject, page);
  }

  Request own(long id, String subject) {
    return requests
        .findById(id)
        .filter(r -> r.resident().equals(subject))
        .orElseThrow(() -> ProblemException.notFound("servicerequests.not-found", id));
  }

  /** The resident answers a question (or adds something); a NEEDS_INFO request goes back on. */
  @Transactional
  Request reply(long id, String subject, String note) {
    Request r = ownLocked(id, subject);
    if (!r.status().withWorkers()) {
      throw conflict(r);
    }
    Actor me = Actor.resident(subject);
    Request after =
        r.status() == ServiceRequestStatus.NEEDS_INFO
            ? lifecycle.move(r, ServiceRequestStatus.ACCEPTED, Step.INFO_PROVIDED, me, note.trim())
            : lifecycle.stepped(r, Step.INFO_PROVIDED, me, note.trim());
    notices.toWorkers(lifecycle.workerIds(id), after, "servicerequests.notice.worker-answer");
    return after;
  }

  @Transactional
  Request cancel(long id, String subject) {
    return lifecycle.move(
        ownLocked(id, subject),
        ServiceRequestStatus.CANCELLED,
        Step.CANCELLED,
        Actor.resident(subject),
        null);
  }

  /** The help was given: closed with the resident's rating. */
  @Transactional
  Request confirm(long id, String subject, int rating, String comment) {
    Request r = ownLocked(id, subject);
    RequestLifecycle.requireMove(r, ServiceRequestStatus.CLOSED);
    if (r.status() != ServiceRequestStatus.DONE) {
      throw conflict(r);
    }
    return lifecycle.save(
        r.rated(rating, blankToNull(comment), clock.instant()),
        Step.CONFIRMED,
        Actor.resident(subject),
        blankToNull(comment));
  }

  /** "It was not done": reopened once with a fresh target; the second time it goes to staff. */
  @Transactional
  Request notDone(long id, String subject, String note) {
    Request r = ownLocked(id, subject);
    if (r.status() != ServiceRequestStatus.DONE) {
      throw conflict(r);
    }
    ServiceRequestStatus to =
        r.notDoneCount() == 0 ? ServiceRequestStatus.REOPENED : ServiceRequestStatus.WITH_STAFF;
    RequestLifecycle.requireMove(r, to);
    Instant now = clock.instant();
    Duration target =
        Duration.ofHours(types.findById(r.typeCode()).map(RequestType::responseHours).orElse(48));
    Request after =
        lifecycle.save(
            r.notDone(to, now.plus(target), now),
            Step.NOT_DONE,
            Actor.resident(subject),
            note.trim());
    if (to == ServiceRequestStatus.REOPENED) {
      notices.toWorkers(lifecycle.workerIds(id), after, "servicerequests.notice.worker-reopened");
    }
    return after;
  }

  private Request ownLocked(long id, String subject) {
    Request r = lifecycle.lock(id);
    if (!r.resident().equals(subject)) {
      throw ProblemException.notFound("servicerequests.not-found", id);
    }
    return r;
  }

  static ProblemException conflict(Request r) {
    return new ProblemException(
        HttpStatus.CONFLICT, "conflict", "servicerequests.not-now", r.status());
  }

  private static ProblemException residentsOnly() {
    return new ProblemException(
        HttpStatus.FORBIDDEN, "forbidden", "problem.resident.only-residents");
  }

  static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }
}
