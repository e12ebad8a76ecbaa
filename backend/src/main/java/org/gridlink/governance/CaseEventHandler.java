package org.gridlink.governance;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.gridlink.common.web.ProblemException;
import org.gridlink.reports.ReportsFacade;

/**
 * The one place status events land, pushed or pulled. Idempotent by event id; an event older than
 * the case's latest is recorded but never moves the report backwards.
 */
@Singleton
class CaseEventHandler {
  static final String ACTOR = "governance";

  enum Outcome {
    APPLIED,
    DUPLICATE,
    STALE
  }

  private final GovernanceRepositories.CaseEvents events;
  private final GovernanceRepositories.Cases cases;
  private final CaseOutcomes outcomes;
  private final ReportsFacade reports;
  private final Clock clock;

  CaseEventHandler(
      GovernanceRepositories.CaseEvents events,
      GovernanceRepositories.Cases cases,
      CaseOutcomes outcomes,
      ReportsFacade reports,
      Clock clock) {
    this.events = events;
    this.cases = cases;
    this.outcomes = outcomes;
    this.reports = reports;
    this.clock = clock;
  }

  @Transactional
  Outcome handle(CaseEvent e, String source) {
    GovernanceStatus status =
        GovernanceStatus.parse(e.status())
            .orElseThrow(
                () -> ProblemException.badRequest("problem.governance.bad-status", e.status()));
    // First of all, before any plain read: the case's row locked, so two events of one case are
    // handled one after the other and the second sees the first when it refreshes the outcome.
    var facts = cases.findByCaseIdForUpdate(e.caseId());
    if (events.existsByEventId(e.eventId())) {
      return Outcome.DUPLICATE;
    }
    if (reports.status(e.caseId()).isEmpty()) {
      throw ProblemException.notFound("problem.governance.unknown-case", e.caseId());
    }
    boolean stale =
        events
            .findFirstByCaseIdOrderByOccurredAtDesc(e.caseId())
            .map(latest -> e.occurredAt().isBefore(latest.occurredAt()))
            .orElse(false);
    boolean applied = !stale && apply(e, status);
    events.save(
        new GovernanceEntities.CaseEventRow(
            null,
            e.eventId(),
            e.caseId(),
            status.name(),
            e.department(),
            e.publicNote(),
            e.occurredAt(),
            clock.instant(),
            source,
            applied));
    facts.ifPresent(outcomes::refresh);
    return stale ? Outcome.STALE : Outcome.APPLIED;
  }

  private boolean apply(CaseEvent e, GovernanceStatus status) {
    String note = note(e);
    if (status == GovernanceStatus.RETURNED) {
      return reports.requestInformation(e.caseId(), ACTOR, note);
    }
    return status
        .reportStatus()
        .map(target -> reports.moveTowards(e.caseId(), target, ACTOR, note))
        .orElseGet(() -> reports.note(e.caseId(), ACTOR, note));
  }

  /** The department's public note as the resident reads it: "城管局: 已派人处理". */
  private static String note(CaseEvent e) {
    String dept = e.department() == null || e.department().isBlank() ? null : e.department();
    String text = e.publicNote() == null || e.publicNote().isBlank() ? null : e.publicNote();
    String joined = dept == null ? text : text == null ? dept : dept + ": " + text;
    return joined == null ? null : joined.substring(0, Math.min(500, joined.length()));
  }
}
