package org.gridlink.common.idempotency;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import java.time.Instant;

/** The first answer to a POST carrying an {@code Idempotency-Key}, kept to replay it. */
@MappedEntity("idempotency_record")
record IdempotencyRecord(
    @Id @GeneratedValue @Nullable Long id,
    String principal,
    @MappedProperty("idem_key") String key,
    String httpMethod,
    String path,
    String requestHash,
    State state,
    @Nullable Integer responseStatus,
    @Nullable String responseBody,
    Instant createdAt,
    Instant expiresAt) {

  enum State {
    IN_PROGRESS,
    COMPLETED
  }
}
