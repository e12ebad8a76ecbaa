package org.gridlink.reports;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import io.micronaut.data.repository.PageableRepository;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Data access of the reports feature. */
final class ReportRepositories {
  private ReportRepositories() {}

  @JdbcRepository(dialect = Dialect.MYSQL)
  interface Categories extends CrudRepository<ReportCategory, String> {
    List<ReportCategory> findByActiveOrderBySortOrder(boolean active);
  }

  @JdbcRepository(dialect = Dialect.MYSQL)
  interface Reports extends PageableRepository<Report, Long> {
    Optional<Report> findByTrackingCode(String trackingCode);

    Page<Report> findByReporter(String reporter, Pageable pageable);

    Page<Report> findByStatusIn(Collection<ReportStatus> statuses, Pageable pageable);

    Page<Report> findByStatusInAndGridCodeStartsWith(
        Collection<ReportStatus> statuses, String gridPrefix, Pageable pageable);

    /** A bounding box; the exact distance is checked in Java. */
    List<Report> findByCategoryCodeAndLatBetweenAndLngBetweenAndCreatedAtGreaterThan(
        String category, double latMin, double latMax, double lngMin, double lngMax, Instant since);

    List<Report> findByIdIn(Collection<Long> ids);

    /**
     * The given reports, locked until the transaction ends: a locking read sees the latest
     * committed rows (MariaDB's REPEATABLE READ snapshot would not) and keeps anyone else from
     * moving them in between, so a batch knows exactly which ones it moves. By primary key only:
     * with a status condition the optimizer may walk the status index instead and lock every report
     * at that status, blocking the other delivery threads' batches. Locked in id order in every
     * batch.
     */
    @Query("SELECT * FROM report WHERE id IN (:ids) ORDER BY id FOR UPDATE")
    List<Report> lockByIdIn(Collection<Long> ids);

    /** Moves reports locked by {@link #lockByIdIn} and found at the source status. */
    @Query("UPDATE report SET status = :to, updated_at = :now WHERE id IN (:ids)")
    long moveAll(Collection<Long> ids, String to, Instant now);
  }

  @JdbcRepository(dialect = Dialect.MYSQL)
  interface Photos extends CrudRepository<ReportParts.Photo, Long> {
    List<ReportParts.Photo> findByReportIdOrderByPosition(long reportId);
  }

  @JdbcRepository(dialect = Dialect.MYSQL)
  interface Events extends CrudRepository<ReportParts.Event, Long> {
    List<ReportParts.Event> findByReportIdOrderById(long reportId);
  }

  @JdbcRepository(dialect = Dialect.MYSQL)
  interface Followers extends CrudRepository<ReportParts.Follower, Long> {
    boolean existsByReportIdAndFollower(long reportId, String follower);

    long countByReportId(long reportId);

    List<ReportParts.Follower> findByReportId(long reportId);

    List<ReportParts.Follower> findByReportIdIn(Collection<Long> reportIds);
  }

  @JdbcRepository(dialect = Dialect.MYSQL)
  interface InfoRequests extends CrudRepository<ReportParts.InfoRequest, Long> {
    Optional<ReportParts.InfoRequest> findFirstByReportIdAndAnsweredAtIsNullOrderByIdDesc(
        long reportId);
  }

  @JdbcRepository(dialect = Dialect.MYSQL)
  interface Supplements extends CrudRepository<ReportParts.Supplement, Long> {
    Optional<ReportParts.Supplement> findByReportIdAndIdempotencyKey(
        long reportId, String idempotencyKey);
  }
}
