package org.gridlink.workers;

import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.gridlink.common.paging.PageResponse;
import org.gridlink.common.web.ProblemException;
import org.gridlink.workers.WorkerEntities.AssignmentRow;
import org.gridlink.workers.WorkerEntities.WorkerRow;
import org.gridlink.workers.WorkerRepositories.AssignmentRepository;
import org.gridlink.workers.WorkerRepositories.WorkerRepository;

/** Staff manage grid workers and the grids each serves. */
@Singleton
class WorkerService {
  private final WorkerRepository workers;
  private final AssignmentRepository assignments;
  private final Clock clock;

  WorkerService(WorkerRepository workers, AssignmentRepository assignments, Clock clock) {
    this.workers = workers;
    this.assignments = assignments;
    this.clock = clock;
  }

  @Transactional
  List<Long> createAll(List<WorkerDraft> drafts) {
    Instant now = clock.instant();
    List<WorkerRow> rows =
        workers.saveAll(drafts.stream().map(d -> row(null, d, now, now)).toList());
    List<AssignmentRow> links = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      for (String code : new LinkedHashSet<>(drafts.get(i).gridCodes())) {
        links.add(new AssignmentRow(null, rows.get(i).id(), code));
      }
    }
    assignments.saveAll(links);
    return rows.stream().map(WorkerRow::id).toList();
  }

  @Transactional
  WorkerView update(long id, WorkerDraft draft) {
    WorkerRow old = workers.findById(id).orElseThrow(() -> notFound(id));
    workers.update(row(id, draft, old.createdAt(), clock.instant()));
    assignments.deleteByWorkerId(id);
    assignments.saveAll(
        new LinkedHashSet<>(draft.gridCodes())
            .stream().map(code -> new AssignmentRow(null, id, code)).toList());
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
        links.stream().map(AssignmentRow::gridCode).sorted().toList());
  }

  private static WorkerRow row(Long id, WorkerDraft d, Instant created, Instant updated) {
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
        updated);
  }

  private static ProblemException notFound(long id) {
    return ProblemException.notFound("workers.not-found", id);
  }
}
