package org.gridlink.identity;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.PageableRepository;
import java.time.Instant;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface StaffAccountRepository extends PageableRepository<StaffAccount, Long> {

  Optional<StaffAccount> findByUsername(String username);

  boolean existsByUsername(String username);

  /** Counted in the database, so concurrent wrong guesses are all counted. */
  @Query(
      "UPDATE staff_account SET failed_attempts = failed_attempts + 1, updated_at = :now"
          + " WHERE id = :id")
  void incrementFailedAttempts(Long id, Instant now);

  @Query(
      "UPDATE staff_account SET failed_attempts = 0, locked_until = :until, updated_at = :now"
          + " WHERE id = :id")
  void lockUntil(Long id, Instant until, Instant now);

  @Query(
      "UPDATE staff_account SET failed_attempts = 0, locked_until = NULL, updated_at = :now"
          + " WHERE id = :id")
  void resetFailures(Long id, Instant now);
}
