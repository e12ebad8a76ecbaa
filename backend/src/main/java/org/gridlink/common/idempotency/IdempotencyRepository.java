package org.gridlink.common.idempotency;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface IdempotencyRepository extends CrudRepository<IdempotencyRecord, Long> {

  Optional<IdempotencyRecord> findByPrincipalAndKey(String principal, String key);

  void deleteByExpiresAtLessThan(Instant now);

  void deleteByPrincipalAndKey(String principal, String key);

  /** Completes a claim in one statement (no read first). */
  @Query(
      "UPDATE idempotency_record SET state = 'COMPLETED', response_status = :status,"
          + " response_body = :body WHERE principal = :principal AND idem_key = :key")
  void complete(String principal, String key, int status, String body);
}
