package org.gridlink.governance;

import jakarta.inject.Singleton;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Keeps each case's outcome (see {@link DepartmentOutcome} for the rule) on its governance_case
 * row, recomputed from all its events whenever one arrives, so the ratings group one row per case
 * instead of ranking every event of a period at read time. Recomputing from all events (a handful
 * per case) makes late, out-of-order and stale events count exactly as if they had come in order.
 */
@Singleton
class CaseOutcomes {
  static final Set<String> RESOLVING = Set.of("RESOLVED", "CLOSED");
  private static final Comparator<GovernanceEntities.CaseEventRow> BY_TIME =
      Comparator.comparing(GovernanceEntities.CaseEventRow::occurredAt)
          .thenComparing(GovernanceEntities.CaseEventRow::id);

  private final GovernanceRepositories.Cases cases;
  private final GovernanceRepositories.CaseEvents events;

  CaseOutcomes(GovernanceRepositories.Cases cases, GovernanceRepositories.CaseEvents events) {
    this.cases = cases;
    this.events = events;
  }

  /** Called with the case's row locked, after the new event is stored. */
  void refresh(GovernanceEntities.CaseFacts facts) {
    List<GovernanceEntities.CaseEventRow> named =
        events.findByCaseIdOrderByOccurredAt(facts.caseId()).stream()
            .filter(e -> e.department() != null && !e.department().isEmpty())
            .sorted(BY_TIME)
            .toList();
    if (named.isEmpty()) {
      return;
    }
    GovernanceEntities.CaseEventRow resolving =
        named.stream().filter(e -> RESOLVING.contains(e.status())).findFirst().orElse(null);
    GovernanceEntities.CaseEventRow counted =
        resolving != null ? resolving : named.get(named.size() - 1);
    GovernanceEntities.CaseEventRow first =
        named.stream()
            .filter(e -> e.department().equals(counted.department()))
            .findFirst()
            .orElseThrow();
    cases.update(
        facts.withOutcome(
            counted.department(),
            first.occurredAt(),
            resolving == null ? null : resolving.occurredAt(),
            counted.status()));
  }
}
