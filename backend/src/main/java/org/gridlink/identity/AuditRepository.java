package org.gridlink.identity;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

/** Append-only: no update or delete methods on purpose. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface AuditRepository extends GenericRepository<AuditEntry, Long> {

  AuditEntry save(AuditEntry entry);

  Page<AuditEntry> findAll(Pageable pageable);

  Page<AuditEntry> findByActor(String actor, Pageable pageable);
}
