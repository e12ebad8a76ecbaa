package org.gridlink.points;

import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Locale;
import org.gridlink.common.paging.PageQuery;
import org.gridlink.common.paging.PageResponse;
import org.gridlink.common.web.Messages;

/** Statements: balance, what expires when, and the ledger with readable reasons. */
@Singleton
class PointsStatements {
  private static final String SYSTEM_REASON = "points.reason.";
  private final PointsFacade points;
  private final PointsQueries.Entries entries;
  private final Expiry expiry;
  private final Messages messages;
  private final Clock clock;

  PointsStatements(
      PointsFacade points,
      PointsQueries.Entries entries,
      Expiry expiry,
      Messages messages,
      Clock clock) {
    this.points = points;
    this.entries = entries;
    this.expiry = expiry;
    this.messages = messages;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  PointsRecords.Statement of(String subject, PageQuery paging, Locale locale) {
    try {
      return new PointsRecords.Statement(
          subject,
          points.balance(subject),
          expiry.upcoming(subject, clock.instant()),
          PageResponse.of(
              entries.findBySubject(subject, paging.pageable(newestFirst())),
              e -> view(e, locale)));
    } catch (SQLException e) {
      throw new IllegalStateException("Statement failed", e);
    }
  }

  @Transactional(readOnly = true)
  PageResponse<PointsRecords.EntryView> search(
      String subject, String type, String keyPrefix, PageQuery paging, Locale locale) {
    Pageable pageable = paging.pageable(Sort.unsorted());
    String key = keyPrefix == null || keyPrefix.isBlank() ? null : keyPrefix + "%";
    return PageResponse.of(entries.search(subject, type, key, pageable), e -> view(e, locale));
  }

  private static Sort newestFirst() {
    return Sort.of(Sort.Order.desc("id"));
  }

  PointsRecords.EntryView view(PointsQueries.EntryRow e, Locale locale) {
    return new PointsRecords.EntryView(
        e.id(),
        e.subject(),
        e.type(),
        e.points(),
        e.balanceAfter(),
        reason(e.reason(), locale),
        e.businessKey(),
        e.causedBy(),
        e.createdAt());
  }

  /** System reasons are stored as {@code key|arg|arg}; staff reasons are shown as written. */
  String reason(String stored, Locale locale) {
    if (!stored.startsWith(SYSTEM_REASON)) {
      return stored;
    }
    String[] parts = stored.split("\\|");
    Object[] args = java.util.Arrays.copyOfRange(parts, 1, parts.length, Object[].class);
    return messages.get(locale, parts[0], args);
  }
}
