package org.gridlink.common.idempotency;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.http.HttpStatus;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.gridlink.common.config.GridlinkProperties;
import org.gridlink.common.data.UniqueViolation;
import org.gridlink.common.web.ProblemException;

/**
 * Claims idempotency keys in the database: the unique (principal, key) index decides which of two
 * concurrent requests runs; the other sees the claim. Durable across restarts and shared by every
 * instance, which an in-memory map would not be.
 */
@Singleton
class IdempotencyStore {
  private final IdempotencyRepository repository;
  private final RecordLookups lookups;
  private final Clock clock;
  private final GridlinkProperties properties;

  IdempotencyStore(
      IdempotencyRepository repository,
      RecordLookups lookups,
      Clock clock,
      GridlinkProperties properties) {
    this.repository = repository;
    this.lookups = lookups;
    this.clock = clock;
    this.properties = properties;
  }

  /**
   * Either our new claim (empty) or the live record someone else made first. Inserts straight away,
   * since most keys are new: the unique (principal, key) index decides, and the record is read only
   * when the key is taken.
   */
  Optional<IdempotencyRecord> claim(IdempotencyRecord claim) {
    for (int attempt = 0; attempt < 3; attempt++) {
      try {
        repository.save(claim);
        return Optional.empty();
      } catch (DataAccessException e) {
        if (!UniqueViolation.in(e)) {
          throw e;
        }
      }
      Optional<IdempotencyRecord> existing =
          repository.findByPrincipalAndKey(claim.principal(), claim.key());
      if (existing.isPresent() && !existing.get().expiresAt().isBefore(clock.instant())) {
        return existing;
      }
      // Released or expired meanwhile: the key is free again.
      existing.ifPresent(repository::delete);
    }
    throw new ProblemException(
        HttpStatus.CONFLICT, "idempotency-in-progress", "problem.idempotency.in-progress");
  }

  /**
   * The live record of this key, if any (an expired one counts as none). Asked by every early
   * refusal, so lookups that arrive together share one query.
   */
  Optional<IdempotencyRecord> existing(String principal, String key) {
    return lookups.find(principal, key).filter(r -> !r.expiresAt().isBefore(clock.instant()));
  }

  IdempotencyRecord newClaim(
      String principal, String key, String method, String path, String hash) {
    Instant now = clock.instant();
    return new IdempotencyRecord(
        null,
        principal,
        key,
        method,
        path,
        hash,
        IdempotencyRecord.State.IN_PROGRESS,
        null,
        null,
        now,
        now.plus(properties.getIdempotency().getRetention()));
  }

  void complete(String principal, String key, int status, String body) {
    repository.complete(principal, key, status, body);
  }

  /** A failed first attempt created nothing: release the key so the client may retry with it. */
  void release(String principal, String key) {
    repository.deleteByPrincipalAndKey(principal, key);
  }

  @Scheduled(fixedDelay = "1h", initialDelay = "5m")
  void purgeExpired() {
    repository.deleteByExpiresAtLessThan(clock.instant());
  }
}
