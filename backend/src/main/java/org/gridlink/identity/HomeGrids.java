package org.gridlink.identity;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The resident's home grid with its history. The current code is also kept on the account (the
 * profile shows it); the history answers "which grid was home at time T". Every change goes through
 * here, so the two never disagree. The caller has checked that the grid exists.
 */
@Singleton
class HomeGrids {
  private final HomeGridPeriodRepository periods;
  private final ResidentAccountRepository accounts;
  private final ResidentService residents;
  private final Clock clock;

  HomeGrids(
      HomeGridPeriodRepository periods,
      ResidentAccountRepository accounts,
      ResidentService residents,
      Clock clock) {
    this.periods = periods;
    this.accounts = accounts;
    this.residents = residents;
    this.clock = clock;
  }

  Optional<HomeGrid> current(String subject) {
    return residents
        .find(subject)
        .flatMap(a -> periods.findFirstByResidentIdAndValidUntilIsNull(a.id()))
        .map(p -> new HomeGrid(p.gridCode(), p.validSince()));
  }

  Optional<String> at(String subject, Instant at) {
    return residents
        .find(subject)
        .flatMap(a -> periods.findCovering(a.id(), at))
        .map(HomeGridPeriod::gridCode);
  }

  /**
   * Makes {@code gridCode} the home grid from now on (null: no home grid). Choosing the current one
   * again changes nothing, so "since" stays the first day it became home.
   */
  @Transactional
  Optional<HomeGrid> change(String subject, String gridCode) {
    ResidentAccount account = residents.require(subject);
    // Locks the account row: two changes at once must not leave two open periods.
    ResidentAccount locked = accounts.findByIdForUpdate(account.id()).orElseThrow();
    Optional<HomeGridPeriod> open = periods.findOpenForUpdate(locked.id()).stream().findFirst();
    if (open.isPresent() && open.get().gridCode().equals(gridCode)) {
      return open.map(p -> new HomeGrid(p.gridCode(), p.validSince()));
    }
    // Whole seconds, as MariaDB through Connector/J stores them: "since" read back later equals
    // "since" answered now, on every database.
    Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    open.ifPresent(p -> periods.update(p.closedAt(now)));
    accounts.update(locked.withHomeGrid(gridCode, now));
    if (gridCode == null) {
      return Optional.empty();
    }
    periods.save(new HomeGridPeriod(null, locked.id(), gridCode, now, null));
    return Optional.of(new HomeGrid(gridCode, now));
  }

  /** Part of erasing an account: where someone lived is personal data. */
  void forget(long residentId) {
    periods.deleteByResidentId(residentId);
  }
}
