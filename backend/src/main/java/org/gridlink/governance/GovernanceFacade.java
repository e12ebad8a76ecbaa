package org.gridlink.governance;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** What other features (the survey results) may ask of the governance data. */
@Singleton
public class GovernanceFacade {
  private final DepartmentOutcomeQuery outcomes;
  private final Clock clock;

  GovernanceFacade(DepartmentOutcomeQuery outcomes, Clock clock) {
    this.outcomes = outcomes;
    this.clock = clock;
  }

  /**
   * Per handling department, the outcomes of the cases it answers for whose first event naming it
   * falls in [{@code from}, {@code to}), limited to grids whose code starts with {@code scope} (a
   * street's 9 or a community's 12 digits, a whole grid code, or "" for the whole city). Figures as
   * defined on {@link DepartmentOutcome}; "past due" is judged now. Ordered by department name.
   */
  public List<DepartmentOutcome> departmentOutcomes(Instant from, Instant to, String scope) {
    String prefix = scope == null ? "" : scope;
    if (!prefix.chars().allMatch(Character::isDigit) || !from.isBefore(to)) {
      // Digits only: the scope goes into a LIKE pattern.
      throw new IllegalArgumentException("scope must be digits and from before to");
    }
    return outcomes.run(from, to, prefix, clock.instant());
  }
}
