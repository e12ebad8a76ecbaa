package org.gridlink.identity;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface HomeGridPeriodRepository extends CrudRepository<HomeGridPeriod, Long> {

  Optional<HomeGridPeriod> findFirstByResidentIdAndValidUntilIsNull(long residentId);

  /**
   * The open period, read with a lock: a locking read sees the latest committed rows, where a plain
   * read in MariaDB's REPEATABLE READ would see the snapshot from before a concurrent change.
   */
  @Query(
      "SELECT * FROM resident_home_grid WHERE resident_id = :residentId AND valid_until IS NULL"
          + " FOR UPDATE")
  List<HomeGridPeriod> findOpenForUpdate(long residentId);

  /** The period covering {@code at}: started at or before it and not ended by then. */
  @Query(
      "SELECT * FROM resident_home_grid WHERE resident_id = :residentId AND valid_since <= :at"
          + " AND (valid_until IS NULL OR valid_until > :at) ORDER BY valid_since DESC LIMIT 1")
  Optional<HomeGridPeriod> findCovering(long residentId, Instant at);

  List<HomeGridPeriod> findByResidentIdOrderByValidSince(long residentId);

  void deleteByResidentId(long residentId);
}
