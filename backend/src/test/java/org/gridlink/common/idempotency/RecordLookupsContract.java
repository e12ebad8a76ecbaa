package org.gridlink.common.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.gridlink.support.Concurrently;
import org.junit.jupiter.api.Test;

/** Idempotency records looked up together: every caller gets its own record, or none. */
abstract class RecordLookupsContract {
  @Inject RecordLookups lookups;
  @Inject IdempotencyRepository repository;

  @Test
  void concurrentLookupsEachGetTheirOwnAnswer() throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 8);
    List<Callable<Boolean>> work = new ArrayList<>();
    for (int i = 0; i < 150; i++) {
      String principal = "dev:VOLUNTEER:lookup-" + run + "-" + i;
      String key = "key-" + run + "-" + i;
      boolean stored = i % 3 != 0;
      if (stored) {
        repository.save(record(principal, key, "hash-" + i));
      }
      int n = i;
      work.add(
          () -> {
            Optional<IdempotencyRecord> found = lookups.find(principal, key);
            if (!stored) {
              return found.isEmpty();
            }
            return found.isPresent()
                && found.get().requestHash().equals("hash-" + n)
                && found.get().state() == IdempotencyRecord.State.COMPLETED
                && found.get().responseStatus() == 201;
          });
    }
    assertThat(Concurrently.run(work, 150)).hasSize(150).containsOnly(true);
  }

  @Test
  void aRecordIsFoundWhateverTheCaseOfItsKeyAndNotForAnotherPrincipal() {
    String key = "Key-" + UUID.randomUUID();
    repository.save(record("dev:RESIDENT:case-check", key, "h"));
    assertThat(lookups.find("dev:RESIDENT:case-check", key)).isPresent();
    assertThat(lookups.find("dev:RESIDENT:someone-else", key)).isEmpty();
  }

  private static IdempotencyRecord record(String principal, String key, String hash) {
    Instant now = Instant.now();
    return new IdempotencyRecord(
        null,
        principal,
        key,
        "POST",
        "/api/v1/redemptions",
        hash,
        IdempotencyRecord.State.COMPLETED,
        201,
        "{}",
        now,
        now.plus(Duration.ofHours(1)));
  }
}
