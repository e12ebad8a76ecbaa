package org.gridlink.reports;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.gridlink.wechat.ContentVerdict;

/** The rows and data access of the content check of reports. */
final class ContentCheckParts {
  private ContentCheckParts() {}

  @MappedEntity("report_content_check")
  record Check(
      @Id long reportId, ContentCheckState state, Instant startedAt, @Nullable Instant decidedAt) {}

  /** One photo sent to WeChat; {@code traceId} null when it could not be sent. */
  @MappedEntity("report_media_check")
  record PhotoCheck(
      @Id @GeneratedValue @Nullable Long id,
      long reportId,
      String mediaId,
      @Nullable String traceId,
      @Nullable ContentVerdict verdict,
      @Nullable String label,
      @Nullable Instant decidedAt) {}

  @JdbcRepository(dialect = Dialect.MYSQL)
  interface Checks extends CrudRepository<Check, Long> {
    List<Check> findByStateAndStartedAtLessThan(ContentCheckState state, Instant before);

    /** Decides a pending check; 0 rows when someone else already did. */
    @Query(
        "UPDATE report_content_check SET state = :state, decided_at = :now"
            + " WHERE report_id = :reportId AND state = 'PENDING'")
    long decide(long reportId, ContentCheckState state, Instant now);
  }

  @JdbcRepository(dialect = Dialect.MYSQL)
  interface PhotoChecks extends CrudRepository<PhotoCheck, Long> {
    Optional<PhotoCheck> findByTraceId(String traceId);

    List<PhotoCheck> findByReportId(long reportId);

    /** Records a verdict once; 0 rows for a repeated callback. */
    @Query(
        "UPDATE report_media_check SET verdict = :verdict, label = :label, decided_at = :now"
            + " WHERE id = :id AND verdict IS NULL")
    long verdict(long id, ContentVerdict verdict, String label, Instant now);
  }
}
