package org.gridlink.rewards;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.data.model.Pageable;
import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.gridlink.common.data.UniqueViolation;
import org.gridlink.common.web.ProblemException;
import org.gridlink.points.PointsFacade;

/**
 * Redemptions in single transactions. READ COMMITTED: after the spend has taken the volunteer's
 * account lock, the per-person counts see every redemption committed before, whatever MariaDB's
 * default isolation would show. Lock order is always account, then item stock, and the stock row is
 * taken last so the hot lock of a flash sale is held for one statement and the commit.
 */
@Singleton
class RedemptionService {
  private final RewardRepositories.Items items;
  private final RewardRepositories.Redemptions redemptions;
  private final PointsFacade points;
  private final PickupCodes codes;
  private final SoldOutMemo memo;
  private final RedemptionNotices notices;
  private final RewardsProperties properties;
  private final Clock clock;

  RedemptionService(
      RewardRepositories.Items items,
      RewardRepositories.Redemptions redemptions,
      PointsFacade points,
      PickupCodes codes,
      SoldOutMemo memo,
      RedemptionNotices notices,
      RewardsProperties properties,
      Clock clock) {
    this.items = items;
    this.redemptions = redemptions;
    this.points = points;
    this.codes = codes;
    this.memo = memo;
    this.notices = notices;
    this.properties = properties;
    this.clock = clock;
  }

  /** Thrown inside the transaction when the same request was redeemed meanwhile; rolls it back. */
  static final class AlreadyRedeemed extends RuntimeException {
    AlreadyRedeemed() {
      super("already redeemed", null, false, false);
    }
  }

  /** A new redemption and the item as read in its transaction (for the answer: no second read). */
  record Redeemed(RewardEntities.Redemption redemption, RewardEntities.Item item) {}

  /**
   * Spends the points, checks the per-person limits, takes one unit of stock and writes the
   * redemption with its pickup codes: all or nothing. The same request key answers the first
   * redemption.
   */
  @Transactional(isolation = TransactionDefinition.Isolation.READ_COMMITTED)
  Redeemed redeem(long itemId, String subject, String requestKey) {
    Instant now = clock.instant();
    RewardEntities.Item item =
        items
            .findById(itemId)
            .filter(i -> i.availableAt(now))
            .orElseThrow(() -> ProblemException.notFound("problem.rewards.not-available"));
    if (item.stock() < 1) {
      memo.soldOut(itemId);
      throw soldOut();
    }
    String ref = codes.ref();
    points.spend(
        subject,
        item.price(),
        "redeem:" + ref,
        "points.reason.redeem|" + item.name(),
        "redemption:" + ref);
    // From here the account lock serialises this volunteer's redemptions; the unique (subject,
    // request key) index answers a request redeemed before, when the redemption is written.
    checkLimits(item, subject, requestKey, now);
    RewardEntities.Redemption redemption = save(item, subject, requestKey, ref, now);
    // The stock comes last: its row lock is what every redemption of this item queues on, so it is
    // held only from this statement to the commit. Sold out here rolls the redemption and the spend
    // back with it.
    if (items.takeOne(itemId, now) != 1) {
      memo.soldOut(itemId);
      throw soldOut();
    }
    return new Redeemed(redemption, item);
  }

  RewardEntities.Redemption byRequest(String subject, String requestKey) {
    return redemptions.findBySubjectAndRequestKey(subject, requestKey).orElseThrow();
  }

  /**
   * Writes the redemption. The unique indexes decide instead of reads beforehand: the request key
   * (a request redeemed before: {@link AlreadyRedeemed}) and the 8-digit short code (taken: draw
   * another). Both databases undo only the failed statement, not the transaction.
   */
  private RewardEntities.Redemption save(
      RewardEntities.Item item, String subject, String requestKey, String ref, Instant now) {
    for (int attempt = 1; ; attempt++) {
      try {
        return redemptions.save(
            new RewardEntities.Redemption(
                null,
                ref,
                subject,
                item.id(),
                item.price(),
                RedemptionStatus.PENDING,
                requestKey,
                codes.qrToken(),
                codes.shortCode(),
                now.plus(Duration.ofDays(item.pickupDays())),
                now,
                now,
                null,
                null,
                null));
      } catch (DataAccessException e) {
        if (UniqueViolation.of(e, "uk_reward_redemption_request")) {
          throw new AlreadyRedeemed();
        }
        if (attempt >= 5 || !UniqueViolation.of(e, "uk_reward_redemption_code")) {
          throw e;
        }
      }
    }
  }

  static ProblemException soldOut() {
    return new ProblemException(HttpStatus.CONFLICT, "sold-out", "problem.rewards.sold-out");
  }

  private void checkLimits(
      RewardEntities.Item item, String subject, String requestKey, Instant now) {
    ZoneId zone = properties.getZone();
    LocalDate today = now.atZone(zone).toLocalDate();
    limit(item, subject, requestKey, item.limitDay(), today, "problem.rewards.limit-day");
    limit(
        item,
        subject,
        requestKey,
        item.limitWeek(),
        today.with(DayOfWeek.MONDAY),
        "problem.rewards.limit-week");
    limit(
        item,
        subject,
        requestKey,
        item.limitMonth(),
        today.withDayOfMonth(1),
        "problem.rewards.limit-month");
    limit(
        item,
        subject,
        requestKey,
        item.limitTotal(),
        LocalDate.of(1970, 1, 2),
        "problem.rewards.limit-total");
  }

  private void limit(
      RewardEntities.Item item,
      String subject,
      String requestKey,
      Integer max,
      LocalDate since,
      String key) {
    if (max == null) {
      return;
    }
    long count =
        redemptions.countBySubjectAndItemIdAndStatusInAndCreatedAtGreaterThanEquals(
            subject,
            item.id(),
            RedemptionStatus.LIVE,
            since.atStartOfDay(properties.getZone()).toInstant());
    if (count >= max) {
      // A request redeemed before is answered with its redemption, not with the limit it used up.
      if (redemptions.findBySubjectAndRequestKey(subject, requestKey).isPresent()) {
        throw new AlreadyRedeemed();
      }
      throw new ProblemException(HttpStatus.CONFLICT, "limit-reached", key, max);
    }
  }

  /** The volunteer cancels before pickup: points and stock come back, once. */
  @Transactional(isolation = TransactionDefinition.Isolation.READ_COMMITTED)
  RewardEntities.Redemption cancel(String ref, String subject) {
    RewardEntities.Redemption r =
        redemptions
            .findByRef(ref)
            .filter(x -> x.subject().equals(subject))
            .orElseThrow(() -> ProblemException.notFound("problem.rewards.redemption-not-found"));
    if (!close(r, RedemptionStatus.CANCELLED, subject)) {
      throw closed(redemptions.findById(r.id()).orElseThrow().status());
    }
    return redemptions.findById(r.id()).orElseThrow();
  }

  /** Staff hand the item over (核销): by the QR token or the 8 digits, once only. */
  @Transactional(isolation = TransactionDefinition.Isolation.READ_COMMITTED)
  RewardEntities.Redemption verify(String code, String staff) {
    String c = code.trim();
    RewardEntities.Redemption r =
        redemptions
            .findByShortCodeOrQrToken(c, c)
            .orElseThrow(() -> ProblemException.notFound("problem.rewards.code-unknown"));
    if (r.status() == RedemptionStatus.PENDING && !r.validUntil().isAfter(clock.instant())) {
      throw closed(RedemptionStatus.EXPIRED);
    }
    if (!close(r, RedemptionStatus.PICKED_UP, staff)) {
      throw closed(redemptions.findById(r.id()).orElseThrow().status());
    }
    return redemptions.findById(r.id()).orElseThrow();
  }

  /** Expires one unclaimed redemption and refunds it; false when it was closed meanwhile. */
  @Transactional(isolation = TransactionDefinition.Isolation.READ_COMMITTED)
  boolean expire(RewardEntities.Redemption r) {
    return close(r, RedemptionStatus.EXPIRED, "system:expiry");
  }

  List<RewardEntities.Redemption> dueForExpiry(int batch) {
    return redemptions.findByStatusAndValidUntilLessThanEquals(
        RedemptionStatus.PENDING, clock.instant(), Pageable.from(0, batch));
  }

  /**
   * Reminds the volunteer that the pickup code runs out soon, if this caller claims the reminder:
   * the claim and the notice commit together, so a failed notice leaves it for the next run, and a
   * redemption closed or reminded meanwhile (by any instance) is not reminded.
   */
  @Transactional(isolation = TransactionDefinition.Isolation.READ_COMMITTED)
  boolean remind(RewardEntities.Redemption r) {
    if (redemptions.claimReminder(r.id(), clock.instant()) != 1) {
      return false;
    }
    notices.pickupReminder(r);
    return true;
  }

  List<RewardEntities.Redemption> dueForReminder(int batch) {
    Instant now = clock.instant();
    Duration lead = properties.getRemindBefore();
    return redemptions.dueForReminder(now, now.plus(lead), lead.toSeconds(), batch);
  }

  /** The one conditional status move; refunds points and stock when the item was not taken. */
  private boolean close(RewardEntities.Redemption r, RedemptionStatus to, String actor) {
    Instant now = clock.instant();
    if (redemptions.close(r.id(), to.name(), now, actor) != 1) {
      return false;
    }
    if (to.refunds()) {
      points.refund(
          r.subject(),
          r.price(),
          "redeem-refund:" + r.ref(),
          "points.reason.redeem-" + to.name().toLowerCase(java.util.Locale.ROOT),
          actor);
      items.putBack(r.itemId(), now);
      memo.stockReturned(r.itemId());
    }
    notices.closed(r, to);
    return true;
  }

  private static ProblemException closed(RedemptionStatus status) {
    return new ProblemException(
        HttpStatus.CONFLICT,
        "redemption-closed",
        "problem.rewards.closed-" + status.name().toLowerCase(java.util.Locale.ROOT));
  }
}
