package org.gridlink.rewards;

import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.gridlink.common.web.ProblemException;
import org.gridlink.media.MediaFacade;
import org.gridlink.media.MediaView;

/** The rewards catalog: staff create and edit items and change stock; residents browse. */
@Singleton
class Catalog {
  private final RewardRepositories.Items items;
  private final RewardRepositories.Redemptions redemptions;
  private final MediaFacade media;
  private final SoldOutMemo soldOutMemo;
  private final Clock clock;

  Catalog(
      RewardRepositories.Items items,
      RewardRepositories.Redemptions redemptions,
      MediaFacade media,
      SoldOutMemo soldOutMemo,
      Clock clock) {
    this.items = items;
    this.redemptions = redemptions;
    this.media = media;
    this.soldOutMemo = soldOutMemo;
    this.clock = clock;
  }

  List<RewardEntities.Item> available() {
    Instant now = clock.instant();
    return items.findByActiveTrueOrderByPrice().stream().filter(i -> i.availableAt(now)).toList();
  }

  List<RewardEntities.Item> all(org.gridlink.common.paging.PageQuery paging) {
    return items
        .findAll(
            paging.pageable(
                io.micronaut.data.model.Sort.of(io.micronaut.data.model.Sort.Order.desc("id"))))
        .getContent();
  }

  RewardEntities.Item require(long id) {
    return items
        .findById(id)
        .orElseThrow(() -> ProblemException.notFound("problem.rewards.item-not-found"));
  }

  @Transactional
  RewardEntities.Item create(RewardRecords.ItemRequest r, String staff) {
    checkWindow(r);
    Instant now = clock.instant();
    int stock = r.stock() == null ? 0 : r.stock();
    RewardEntities.Item saved = items.save(itemOf(null, r, stock, stock, now, now));
    attachPicture(r.pictureMediaId(), staff, saved.id());
    return saved;
  }

  /** Edits everything but the stock, which only moves through {@link #changeStock}. */
  @Transactional
  RewardEntities.Item update(long id, RewardRecords.ItemRequest r, String staff) {
    checkWindow(r);
    RewardEntities.Item old = require(id);
    if (r.pictureMediaId() != null && !r.pictureMediaId().equals(old.pictureMediaId())) {
      attachPicture(r.pictureMediaId(), staff, id);
    }
    items.update(itemOf(id, r, old.stock(), old.stockTotal(), old.createdAt(), clock.instant()));
    // Re-read: a redemption may have moved the stock between our read and our write.
    return require(id);
  }

  private static RewardEntities.Item itemOf(
      Long id,
      RewardRecords.ItemRequest r,
      int stock,
      int stockTotal,
      Instant createdAt,
      Instant updatedAt) {
    return new RewardEntities.Item(
        id,
        r.name().trim(),
        r.description(),
        r.pictureMediaId(),
        r.pictureUrl(),
        r.price(),
        stock,
        stockTotal,
        r.limitDay(),
        r.limitWeek(),
        r.limitMonth(),
        r.limitTotal(),
        r.availableFrom(),
        r.availableUntil(),
        r.pickupPlace().trim(),
        r.pickupDays(),
        r.active(),
        createdAt,
        updatedAt);
  }

  @Transactional
  RewardEntities.Item changeStock(long id, int delta) {
    require(id);
    if (items.changeStock(id, delta, clock.instant()) != 1) {
      throw new ProblemException(
          HttpStatus.CONFLICT, "stock-too-low", "problem.rewards.stock-too-low", -delta);
    }
    if (delta > 0) {
      soldOutMemo.stockReturned(id);
    }
    return require(id);
  }

  private void attachPicture(String mediaId, String staff, Long itemId) {
    if (mediaId != null) {
      media.attach(List.of(mediaId), staff, "reward:" + itemId);
    }
  }

  private static void checkWindow(RewardRecords.ItemRequest r) {
    if (r.availableFrom() != null
        && r.availableUntil() != null
        && !r.availableUntil().isAfter(r.availableFrom())) {
      throw ProblemException.badRequest("problem.rewards.bad-window");
    }
  }

  String pictureUrl(RewardEntities.Item i) {
    if (i.pictureMediaId() != null) {
      return media.find(i.pictureMediaId()).map(MediaView::url).orElse(i.pictureUrl());
    }
    return i.pictureUrl();
  }

  RewardRecords.ItemView view(RewardEntities.Item i) {
    return new RewardRecords.ItemView(
        i.id(),
        i.name(),
        i.description(),
        pictureUrl(i),
        i.pictureMediaId(),
        i.price(),
        i.stock(),
        i.stockTotal(),
        i.limitDay(),
        i.limitWeek(),
        i.limitMonth(),
        i.limitTotal(),
        i.availableFrom(),
        i.availableUntil(),
        i.pickupPlace(),
        i.pickupDays(),
        i.active());
  }

  RewardRecords.RedemptionView view(RewardEntities.Redemption r, boolean owner) {
    return view(r, items.findById(r.itemId()).orElseThrow(), owner);
  }

  /** The view of a redemption of an item the caller has already read. */
  RewardRecords.RedemptionView view(
      RewardEntities.Redemption r, RewardEntities.Item i, boolean owner) {
    return new RewardRecords.RedemptionView(
        r.ref(),
        r.itemId(),
        i.name(),
        i.pickupPlace(),
        r.price(),
        r.status().name(),
        owner && r.status() == RedemptionStatus.PENDING ? r.qrToken() : null,
        owner && r.status() == RedemptionStatus.PENDING ? r.shortCode() : null,
        r.validUntil(),
        r.createdAt(),
        r.closedAt(),
        owner ? null : r.subject());
  }

  RewardRepositories.Redemptions redemptions() {
    return redemptions;
  }
}
