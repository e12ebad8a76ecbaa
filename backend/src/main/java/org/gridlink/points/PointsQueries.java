package org.gridlink.points;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;

/** Read side of the ledger (statements, staff search). Writes go through {@link Ledger} only. */
final class PointsQueries {
  private PointsQueries() {}

  @MappedEntity("points_entry")
  record EntryRow(
      @Id @GeneratedValue Long id,
      String subject,
      String type,
      long points,
      long balanceAfter,
      String businessKey,
      String reason,
      String causedBy,
      Instant createdAt,
      @Nullable Instant expiresAt) {

    PointsEntry entry() {
      return new PointsEntry(
          id, subject, type, points, balanceAfter, businessKey, reason, causedBy, createdAt);
    }
  }

  @JdbcRepository(dialect = Dialect.MYSQL)
  interface Entries extends GenericRepository<EntryRow, Long> {
    Page<EntryRow> findBySubject(String subject, Pageable pageable);

    /** Newest first; pass an unsorted Pageable (a native query cannot take the entity alias). */
    @Query(
        value =
            "SELECT * FROM points_entry WHERE (:subject IS NULL OR subject = :subject) AND (:type IS"
                + " NULL OR type = :type) AND (:key IS NULL OR business_key LIKE :key) ORDER BY id DESC",
        countQuery =
            "SELECT COUNT(*) FROM points_entry WHERE (:subject IS NULL OR subject = :subject) AND"
                + " (:type IS NULL OR type = :type) AND (:key IS NULL OR business_key LIKE :key)")
    Page<EntryRow> search(
        @Nullable String subject, @Nullable String type, @Nullable String key, Pageable pageable);
  }
}
