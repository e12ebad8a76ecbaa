package org.gridlink.rewards;

import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.Clock;
import java.util.Optional;
import org.gridlink.common.idempotency.EarlyRefusal;
import org.gridlink.common.web.ProblemException;

/**
 * In a flash sale most requests come after the last unit is gone: answer those with one read of the
 * item (or none, see {@link SoldOutMemo}), before the Idempotency-Key claim and the account lock. A
 * read of stock 0 is a fair "sold out" at the moment of the read (only a later restock or
 * cancellation raises it again), and it is the answer {@link RedemptionService#redeem} would give;
 * anything else goes the full way.
 */
@Singleton
class SoldOutRefusal implements EarlyRefusal {
  static final String PATH = "/api/v1/redemptions";

  private final RewardRepositories.Items items;
  private final SoldOutMemo memo;
  private final JsonMapper json;
  private final Clock clock;

  SoldOutRefusal(RewardRepositories.Items items, SoldOutMemo memo, JsonMapper json, Clock clock) {
    this.items = items;
    this.memo = memo;
    this.json = json;
    this.clock = clock;
  }

  @Override
  public Optional<ProblemException> refuse(HttpRequest<?> request, byte[] body) {
    if (request.getMethod() != HttpMethod.POST || !PATH.equals(request.getPath())) {
      return Optional.empty();
    }
    Long itemId = itemId(body);
    if (itemId == null) {
      return Optional.empty();
    }
    if (memo.recentlySoldOut(itemId)) {
      return Optional.of(RedemptionService.soldOut());
    }
    if (memo.recentlyInStock(itemId)) {
      return Optional.empty();
    }
    Optional<RewardEntities.Item> item =
        items.findById(itemId).filter(i -> i.availableAt(clock.instant()));
    if (item.isEmpty() || item.get().stock() > 0) {
      item.ifPresent(i -> memo.inStock(itemId));
      return Optional.empty();
    }
    memo.soldOut(itemId);
    return Optional.of(RedemptionService.soldOut());
  }

  /** The item of a well-formed body; null lets the controller answer a malformed one. */
  private Long itemId(byte[] body) {
    try {
      return json.readValue(body, RewardRecords.RedeemRequest.class).itemId();
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }
}
