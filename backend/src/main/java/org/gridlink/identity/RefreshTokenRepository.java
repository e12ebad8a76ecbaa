package org.gridlink.identity;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface RefreshTokenRepository extends CrudRepository<RefreshToken, Long> {

  Optional<RefreshToken> findByTokenHash(String tokenHash);

  /** Marks a token used; 0 rows when it was used or revoked already (a concurrent reuse). */
  @Query(
      "UPDATE resident_refresh_token SET rotated_at = :now"
          + " WHERE id = :id AND rotated_at IS NULL AND revoked_at IS NULL")
  long markRotated(Long id, Instant now);

  @Query(
      "UPDATE resident_refresh_token SET revoked_at = :now"
          + " WHERE family_id = :familyId AND revoked_at IS NULL")
  long revokeFamily(String familyId, Instant now);

  @Query(
      "UPDATE resident_refresh_token SET revoked_at = :now"
          + " WHERE resident_id = :residentId AND revoked_at IS NULL")
  long revokeAllOf(Long residentId, Instant now);

  /** Everything a resident's export lists about their sessions. */
  java.util.List<RefreshToken> findByResidentId(Long residentId);
}
