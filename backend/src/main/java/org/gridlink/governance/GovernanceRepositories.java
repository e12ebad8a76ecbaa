package org.gridlink.governance;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import io.micronaut.data.repository.PageableRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Data access of the governance feature. */
final class GovernanceRepositories {
  private GovernanceRepositories() {}

  @JdbcRepository(dialect = Dialect.MYSQL)
  interface Outbox extends PageableRepository<GovernanceEntities.OutboxMessage, Long> {
    /**
     * Up to {@code limit} pending messages due at {@code now} that nobody holds a lease on, oldest
     * first (walks the (status, id) index).
     */
    @Query(
        "SELECT * FROM governance_outbox WHERE status = 'PENDING' AND next_attempt_at <= :now"
            + " AND (lease_until IS NULL OR lease_until < :now) ORDER BY id LIMIT :limit")
    List<GovernanceEntities.OutboxMessage> findDue(Instant now, int limit);

    Page<GovernanceEntities.OutboxMessage> findByStatus(
        GovernanceEntities.OutboxStatus status, Pageable pageable);

    Optional<GovernanceEntities.OutboxMessage> findByCaseIdAndKind(long caseId, String kind);

    long countByStatus(GovernanceEntities.OutboxStatus status);

    /** Failing: still pending after at least one failed attempt. */
    Page<GovernanceEntities.OutboxMessage> findByStatusAndAttemptsGreaterThan(
        GovernanceEntities.OutboxStatus status, int attempts, Pageable pageable);

    long countByStatusAndAttemptsGreaterThan(GovernanceEntities.OutboxStatus status, int attempts);

    Optional<GovernanceEntities.OutboxMessage> findFirstByStatusOrderByCreatedAt(
        GovernanceEntities.OutboxStatus status);

    /**
     * Takes a lease on the given messages in one statement; only those still pending and not leased
     * by anyone are taken. A plain conditional UPDATE, so it behaves the same on H2 and MariaDB and
     * needs no row locks held across the HTTP calls. The owner is unique per batch, so {@link
     * #findByLeaseOwnerOrderById} then reads exactly the messages this batch got.
     */
    @Query(
        "UPDATE governance_outbox SET lease_owner = :owner, lease_until = :until WHERE id IN (:ids)"
            + " AND status = 'PENDING' AND (lease_until IS NULL OR lease_until < :now)")
    long claimAll(List<Long> ids, String owner, Instant until, Instant now);

    List<GovernanceEntities.OutboxMessage> findByLeaseOwnerOrderById(String leaseOwner);

    /**
     * Records many deliveries at once, as {@link GovernanceEntities.OutboxMessage#sent} does for
     * one: delivered, one more attempt, lease and error cleared.
     */
    @Query(
        "UPDATE governance_outbox SET status = 'SENT', attempts = attempts + 1, lease_owner ="
            + " NULL, lease_until = NULL, last_error = NULL, updated_at = :now, sent_at = :now"
            + " WHERE id IN (:ids)")
    long markSent(List<Long> ids, Instant now);

    /** The earliest message of the case before {@code id} not delivered yet (it goes first). */
    Optional<GovernanceEntities.OutboxMessage>
        findFirstByCaseIdAndIdLessThanAndStatusNotEqualOrderById(
            long caseId, long id, GovernanceEntities.OutboxStatus status);

    List<GovernanceEntities.OutboxMessage> findByCaseIdOrderById(long caseId);

    /**
     * Puts a waiting message off without counting an attempt; only while nobody holds its lease, so
     * it never overwrites a delivery in flight.
     */
    @Query(
        "UPDATE governance_outbox SET next_attempt_at = :until, updated_at = :now WHERE id = :id"
            + " AND status = 'PENDING' AND (lease_until IS NULL OR lease_until < :now)")
    long defer(long id, Instant until, Instant now);
  }

  @JdbcRepository(dialect = Dialect.MYSQL)
  interface Attempts extends CrudRepository<GovernanceEntities.Attempt, Long> {
    List<GovernanceEntities.Attempt> findByMessageIdOrderById(long messageId);
  }

  @JdbcRepository(dialect = Dialect.MYSQL)
  interface CaseEvents extends CrudRepository<GovernanceEntities.CaseEventRow, Long> {
    boolean existsByEventId(String eventId);

    Optional<GovernanceEntities.CaseEventRow> findFirstByCaseIdOrderByOccurredAtDesc(long caseId);

    List<GovernanceEntities.CaseEventRow> findByCaseIdOrderByOccurredAt(long caseId);
  }

  @JdbcRepository(dialect = Dialect.MYSQL)
  interface Cases extends CrudRepository<GovernanceEntities.CaseFacts, Long> {
    /** The case's row, locked: events of one case refresh its outcome one after the other. */
    Optional<GovernanceEntities.CaseFacts> findByCaseIdForUpdate(long caseId);
  }

  @JdbcRepository(dialect = Dialect.MYSQL)
  interface Reopenings extends CrudRepository<GovernanceEntities.Reopening, Long> {}

  @JdbcRepository(dialect = Dialect.MYSQL)
  interface Cursors extends CrudRepository<GovernanceEntities.Cursor, String> {}
}
