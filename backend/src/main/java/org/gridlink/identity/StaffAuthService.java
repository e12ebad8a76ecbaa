package org.gridlink.identity;

import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.gridlink.common.config.GridlinkProperties;
import org.gridlink.common.ratelimit.RateLimitExceededException;
import org.gridlink.common.ratelimit.RateLimiter;
import org.gridlink.common.web.ProblemException;

/**
 * Staff sign-in: rate limited per client address, locked for 15 minutes after 5 wrong passwords in
 * a row, every attempt audited. Unknown usernames and wrong passwords get the same answer in the
 * same time.
 */
@Singleton
class StaffAuthService {
  private final StaffAccountRepository accounts;
  private final PasswordHasher hasher;
  private final PasswordPolicy policy;
  private final TokenIssuer tokens;
  private final AuditLog audit;
  private final RateLimiter rateLimiter;
  private final GridlinkProperties.Login settings;
  private final Clock clock;

  StaffAuthService(
      StaffAccountRepository accounts,
      PasswordHasher hasher,
      PasswordPolicy policy,
      TokenIssuer tokens,
      AuditLog audit,
      RateLimiter rateLimiter,
      GridlinkProperties properties,
      Clock clock) {
    this.accounts = accounts;
    this.hasher = hasher;
    this.policy = policy;
    this.tokens = tokens;
    this.audit = audit;
    this.rateLimiter = rateLimiter;
    this.settings = properties.getLogin();
    this.clock = clock;
  }

  AuthRecords.TokenResponse login(String username, String password, ClientInfo client) {
    RateLimiter.Decision decision =
        rateLimiter.acquire(
            "login:" + client.ip(), settings.getRateLimitPerMinute(), Duration.ofMinutes(1));
    if (!decision.allowed()) {
      throw new RateLimitExceededException(decision.retryAfter());
    }
    Instant now = clock.instant();
    Optional<StaffAccount> found = accounts.findByUsername(username);
    if (found.isEmpty() || found.get().disabled()) {
      hasher.matchesNothing(password);
      audit.record(
          StaffSubjects.PREFIX + username,
          "",
          "LOGIN_FAILED",
          client,
          "unknown or disabled account");
      throw invalidCredentials();
    }
    StaffAccount account = found.get();
    if (account.isLockedAt(now)) {
      audit.record(subjectOf(account), account.roles(), "LOGIN_REFUSED_LOCKED", client, null);
      throw locked(account.lockedUntil(), now);
    }
    if (!hasher.matches(password, account.passwordHash())) {
      return failedAttempt(account, client, now);
    }
    accounts.resetFailures(account.id(), now);
    audit.record(subjectOf(account), account.roles(), "LOGIN_SUCCEEDED", client, null);
    return tokens.issue(
        subjectOf(account), account.displayName(), account.roleSet(), account.mustChangePassword());
  }

  private AuthRecords.TokenResponse failedAttempt(
      StaffAccount account, ClientInfo client, Instant now) {
    accounts.incrementFailedAttempts(account.id(), now);
    int failures = accounts.findById(account.id()).map(StaffAccount::failedAttempts).orElse(0);
    if (failures >= settings.getMaxFailures()) {
      Instant until = now.plus(settings.getLockout());
      accounts.lockUntil(account.id(), until, now);
      audit.record(
          subjectOf(account), account.roles(), "ACCOUNT_LOCKED", client, failures + " failures");
      throw locked(until, now);
    }
    audit.record(subjectOf(account), account.roles(), "LOGIN_FAILED", client, "wrong password");
    throw invalidCredentials();
  }

  @Transactional
  AuthRecords.TokenResponse changePassword(
      String username, String currentPassword, String newPassword, Locale locale) {
    StaffAccount account =
        accounts
            .findByUsername(username)
            .orElseThrow(
                () ->
                    new ProblemException(
                        HttpStatus.FORBIDDEN, "forbidden", "problem.forbidden.detail"));
    if (!hasher.matches(currentPassword, account.passwordHash())) {
      throw new ProblemException(
          HttpStatus.BAD_REQUEST, "bad-request", "problem.password.current-wrong");
    }
    if (currentPassword.equals(newPassword)) {
      throw new ProblemException(HttpStatus.BAD_REQUEST, "bad-request", "problem.password.same");
    }
    policy.check("newPassword", newPassword, username, locale);
    accounts.update(account.withPassword(hasher.hash(newPassword), clock.instant()));
    return tokens.issue(subjectOf(account), account.displayName(), account.roleSet(), false);
  }

  static String subjectOf(StaffAccount account) {
    return StaffSubjects.PREFIX + account.username();
  }

  private static ProblemException invalidCredentials() {
    return new ProblemException(
        HttpStatus.UNAUTHORIZED, "invalid-credentials", "problem.invalid-credentials.detail");
  }

  private static ProblemException locked(Instant until, Instant now) {
    long minutes = Math.max(1, (Duration.between(now, until).toSeconds() + 59) / 60);
    return new ProblemException(
        HttpStatus.LOCKED, "account-locked", "problem.account-locked.detail", minutes);
  }
}
