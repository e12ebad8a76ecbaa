package org.gridlink.common.idempotency;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface IdempotencyRepository extends CrudRepository<IdempotencyRecord, Long> {

  Optional<IdempotencyRecord> findByPrincipalAndKey(String principal, String key);

  void deleteByExpiresAtLessThan(Instant now);
}
