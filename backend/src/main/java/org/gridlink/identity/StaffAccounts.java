package org.gridlink.identity;

import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import org.gridlink.common.paging.PageResponse;
import org.gridlink.common.web.ProblemException;

/** Creating and listing staff accounts. A password set by someone else is always one-time. */
@Singleton
class StaffAccounts {
  private final StaffAccountRepository accounts;
  private final PasswordHasher hasher;
  private final PasswordPolicy policy;
  private final Clock clock;

  StaffAccounts(
      StaffAccountRepository accounts, PasswordHasher hasher, PasswordPolicy policy, Clock clock) {
    this.accounts = accounts;
    this.hasher = hasher;
    this.policy = policy;
    this.clock = clock;
  }

  StaffRecords.StaffView create(StaffRecords.CreateStaffRequest request, Locale locale) {
    String username = request.username().trim();
    if (request.roles().stream().anyMatch(r -> !r.isStaffRole())) {
      throw new ProblemException(
          HttpStatus.BAD_REQUEST, "bad-request", "problem.staff.roles-not-staff");
    }
    if (accounts.existsByUsername(username)) {
      throw new ProblemException(
          HttpStatus.CONFLICT, "conflict", "problem.staff.username-taken", username);
    }
    policy.check("password", request.password(), username, locale);
    StaffAccount saved =
        accounts.save(
            StaffAccount.create(
                username,
                request.displayName().trim(),
                hasher.hash(request.password()),
                request.roles(),
                true,
                clock.instant()));
    return view(saved);
  }

  /** Creates an account whose password must be changed at first sign-in (the first admin). */
  StaffAccount createWithOneTimePassword(
      String username, String displayName, String password, Set<Role> roles) {
    policy.check("password", password, username, Locale.ENGLISH);
    return accounts.save(
        StaffAccount.create(
            username, displayName, hasher.hash(password), roles, true, clock.instant()));
  }

  boolean exists(String username) {
    return accounts.existsByUsername(username);
  }

  PageResponse<StaffRecords.StaffView> list(int page, int size) {
    return PageResponse.of(
        accounts.findAll(Pageable.from(page, size, Sort.of(Sort.Order.asc("username")))),
        this::view);
  }

  StaffRecords.StaffView find(long id) {
    return accounts
        .findById(id)
        .map(this::view)
        .orElseThrow(() -> ProblemException.notFound("problem.staff.not-found", id));
  }

  private StaffRecords.StaffView view(StaffAccount a) {
    Instant now = clock.instant();
    return new StaffRecords.StaffView(
        a.id(),
        a.username(),
        a.displayName(),
        a.roleSet(),
        a.isLockedAt(now),
        a.mustChangePassword(),
        a.disabled(),
        a.createdAt());
  }
}
