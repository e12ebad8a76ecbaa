package org.gridlink.rewards;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.PageableRepository;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Data access of the rewards feature; every stock and status change is a conditional UPDATE. */
final class RewardRepositories {
  private RewardRepositories() {}

  @JdbcRepository(dialect = Dialect.MYSQL)
  interface Items extends PageableRepository<RewardEntities.Item, Long> {
    List<RewardEntities.Item> findByActiveTrueOrderByPrice();

    /** One unit off the shelf; 0 when none is left. */
    @Query(
        "UPDATE reward_item SET stock = stock - 1, updated_at = :now WHERE id = :id AND stock >="
            + " 1")
    long takeOne(long id, Instant now);

    @Query("UPDATE reward_item SET stock = stock + 1, updated_at = :now WHERE id = :id")
    long putBack(long id, Instant now);

    /** Staff restock (positive) or write-off (negative, never below zero). */
    @Query(
        "UPDATE reward_item SET stock = stock + :delta, stock_total = stock_total + :delta,"
            + " updated_at = :now WHERE id = :id AND stock + :delta >= 0")
    long changeStock(long id, int delta, Instant now);
  }

  @JdbcRepository(dialect = Dialect.MYSQL)
  interface Redemptions extends PageableRepository<RewardEntities.Redemption, Long> {
    Optional<RewardEntities.Redemption> findByRef(String ref);

    Optional<RewardEntities.Redemption> findBySubjectAndRequestKey(String subject, String key);

    Optional<RewardEntities.Redemption> findByShortCodeOrQrToken(String shortCode, String qr);

    Page<RewardEntities.Redemption> findBySubject(String subject, Pageable pageable);

    Page<RewardEntities.Redemption> findByStatus(RedemptionStatus status, Pageable pageable);

    long countBySubjectAndItemIdAndStatusInAndCreatedAtGreaterThanEquals(
        String subject, long itemId, Collection<RedemptionStatus> statuses, Instant since);

    List<RewardEntities.Redemption> findByStatusAndValidUntilLessThanEquals(
        RedemptionStatus status, Instant now, Pageable pageable);

    /**
     * Pending redemptions whose code expires within the lead time ({@code now < valid_until <=
     * horizon}) and whose volunteer was not reminded yet, soonest first; only those redeemed before
     * their reminder was due (more than {@code leadSeconds} before {@code valid_until}): a
     * volunteer who just saw the deadline is not told it again.
     */
    @Query(
        "SELECT * FROM reward_redemption WHERE status = 'PENDING' AND reminded_at IS NULL"
            + " AND valid_until > :now AND valid_until <= :horizon"
            + " AND TIMESTAMPADD(SECOND, :leadSeconds, created_at) < valid_until"
            + " ORDER BY valid_until, id LIMIT :batch")
    List<RewardEntities.Redemption> dueForReminder(
        Instant now, Instant horizon, long leadSeconds, int batch);

    /**
     * Claims the reminder of a redemption still pending and not expired; 1 for the one caller (of
     * any instance) that wins, 0 when it was reminded, closed or ran out meanwhile.
     */
    @Query(
        "UPDATE reward_redemption SET reminded_at = :now WHERE id = :id AND reminded_at IS NULL"
            + " AND status = 'PENDING' AND valid_until > :now")
    long claimReminder(long id, Instant now);

    /** Closes a pending redemption; 1 for the one caller that wins. */
    @Query(
        "UPDATE reward_redemption SET status = :to, closed_at = :now, closed_by = :actor,"
            + " updated_at = :now WHERE id = :id AND status = 'PENDING'")
    long close(long id, String to, Instant now, @Nullable String actor);
  }
}
