package org.gridlink.workers;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.gridlink.common.paging.PageResponse;
import org.gridlink.common.web.ProblemException;
import org.gridlink.identity.IdentityFacade;
import org.gridlink.identity.ResidentView;
import org.gridlink.media.MediaFacade;
import org.gridlink.workers.WorkerEntities.AssignmentRow;
import org.gridlink.workers.WorkerEntities.WorkerRow;
import org.gridlink.workers.WorkerRepositories.AssignmentRepository;
import org.gridlink.workers.WorkerRepositories.WorkerRepository;

/** Staff manage grid workers and the grids each serves. */
@Singleton
class WorkerService {
  private final WorkerRepository workers;
  private final AssignmentRepository assignments;
  private final IdentityFacade identity;
  private final Clock clock;
  private final ApplicationEventPublisher<WorkersChanged> changed;
  private final MediaFacade media;

  WorkerService(
      WorkerRepository workers,
      AssignmentRepository assignments,
      IdentityFacade identity,
      Clock clock,
      ApplicationEventPublisher<WorkersChanged> changed,
      MediaFacade media) {
    this.media = media;
    this.workers = workers;
    this.assignments = assignments;
    this.identity = identity;
    this.clock = clock;
    this.changed = changed;
  }

  /**
   * Links the worker to the WeChat account that bound {@code phone} in the mini-program, and gives
   * that account the GRID_WORKER role; a previously linked account loses it. One account serves one
   * worker record.
   */
  @Transactional
  WorkerView linkAccount(long id, String phone) {
    WorkerRow row = workers.findById(id).orElseThrow(() -> notFound(id));
    String subject =
        identity
            .residentByPhone(phone.trim())
            .map(ResidentView::subject)
            .orElseThrow(() -> ProblemException.notFound("workers.account-not-found"));
    workers
        .findByAccountSubject(subject)
        .filter(other -> !other.id().equals(id))
        .ifPresent(
            other -> {
              throw new ProblemException(
                  HttpStatus.CONFLICT, "conflict", "workers.account-taken", other.id());
            });
    if (row.accountSubject() != null && !row.accountSubject().equals(subject)) {
      identity.setGridWorker(row.accountSubject(), false);
    }
    workers.update(row.linkedTo(subject, clock.instant()));
    identity.setGridWorker(subject, true);
    return view(id);
  }

  /** Removes the link; the account keeps signing in, as a resident only. */
  @Transactional
  WorkerView unlinkAccount(long id) {
    WorkerRow row = workers.findById(id).orElseThrow(() -> notFound(id));
    if (row.accountSubject() != null) {
      identity.setGridWorker(row.accountSubject(), false);
      workers.update(row.linkedTo(null, clock.instant()));
    }
    return view(id);
  }

  /** Creates a worker entered by staff; their uploaded photo becomes the worker's. */
  @Transactional
  long create(WorkerDraft draft, String actor) {
    long id = createAll(List.of(draft)).get(0);
    attachPhoto(draft.photoMediaId(), null, actor, id);
    return id;
  }

  /**
   * A newly chosen photo (uploaded by {@code actor}, still unattached) is attached to the worker so
   * it does not expire like an abandoned upload; unknown or someone else's photos are a 400.
   */
  private void attachPhoto(String photo, String previous, String actor, long workerId) {
    if (photo != null && !photo.equals(previous)) {
      media.attach(List.of(photo), actor, "worker:" + workerId);
    }
  }

  @Transactional
  List<Long> createAll(List<WorkerDraft> drafts) {
    Instant now = clock.instant();
    List<WorkerRow> rows =
        workers.saveAll(drafts.stream().map(d -> row(null, d, null, now, now)).toList());
    List<AssignmentRow> links = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      for (String code : new LinkedHashSet<>(drafts.get(i).gridCodes())) {
        links.add(new AssignmentRow(null, rows.get(i).id(), code));
      }
    }
    assignments.saveAll(links);
    changed.publishEvent(
        new WorkersChanged(
            links.stream().map(AssignmentRow::gridCode).collect(Collectors.toSet())));
    return rows.stream().map(WorkerRow::id).toList();
  }

  @Transactional
  WorkerView update(long id, WorkerDraft draft, String actor) {
    WorkerRow old = workers.findById(id).orElseThrow(() -> notFound(id));
    attachPhoto(draft.photoMediaId(), old.photoMediaId(), actor, id);
    Set<String> boards = new HashSet<>(draft.gridCodes());
    assignments.findByWorkerId(id).forEach(a -> boards.add(a.gridCode()));
    workers.update(row(id, draft, old.accountSubject(), old.createdAt(), clock.instant()));
    assignments.deleteByWorkerId(id);
    assignments.saveAll(
        new LinkedHashSet<>(draft.gridCodes())
            .stream().map(code -> new AssignmentRow(null, id, code)).toList());
    changed.publishEvent(new WorkersChanged(boards));
    return view(id);
  }

  WorkerView view(long id) {
    WorkerRow row = workers.findById(id).orElseThrow(() -> notFound(id));
    return view(row, assignments.findByWorkerId(id));
  }

  PageResponse<WorkerView> list(Pageable page) {
    var rows =
        workers.findAll(
            Pageable.from(page.getNumber(), page.getSize(), Sort.of(Sort.Order.asc("id"))));
    Map<Long, List<AssignmentRow>> links =
        rows.getContent().isEmpty()
            ? Map.of()
            : assignments
                .findByWorkerIdIn(rows.getContent().stream().map(WorkerRow::id).toList())
                .stream()
                .collect(Collectors.groupingBy(AssignmentRow::workerId));
    return PageResponse.of(rows, r -> view(r, links.getOrDefault(r.id(), List.of())));
  }

  /** The workers serving a grid, in notice-board order (chief first). */
  List<WorkerCard> serving(String gridCode) {
    return workers.findServing(gridCode).stream()
        .map(WorkerRow::card)
        .sorted(Comparator.comparing(WorkerCard::role).thenComparing(WorkerCard::id))
        .toList();
  }

  java.util.Optional<WorkerAccount> linkedTo(String accountSubject) {
    return workers
        .findByAccountSubject(accountSubject)
        .map(
            r ->
                new WorkerAccount(
                    r.id(),
                    r.name(),
                    r.role(),
                    assignments.findByWorkerId(r.id()).stream()
                        .map(AssignmentRow::gridCode)
                        .sorted()
                        .toList()));
  }

  java.util.Optional<String> accountOf(long workerId) {
    return workers.findById(workerId).map(WorkerRow::accountSubject);
  }

  private static WorkerView view(WorkerRow r, List<AssignmentRow> links) {
    return new WorkerView(
        r.id(),
        r.name(),
        r.role(),
        r.fullTime(),
        r.photoMediaId(),
        r.officePhone(),
        r.privatePhone(),
        r.duties(),
        r.serviceHours(),
        r.onDuty(),
        links.stream().map(AssignmentRow::gridCode).sorted().toList(),
        r.accountSubject());
  }

  private static WorkerRow row(
      Long id, WorkerDraft d, String accountSubject, Instant created, Instant updated) {
    return new WorkerRow(
        id,
        d.name().trim(),
        d.role(),
        d.fullTime(),
        d.photoMediaId(),
        d.officePhone(),
        d.privatePhone(),
        d.duties(),
        d.serviceHours(),
        d.onDuty(),
        created,
        updated,
        accountSubject);
  }

  private static ProblemException notFound(long id) {
    return ProblemException.notFound("workers.not-found", id);
  }
}
