package org.gridlink.identity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;

/** Wire records of the resident's notifications. */
final class NotificationRecords {
  private NotificationRecords() {}

  @Serdeable
  record NotificationView(
      long id,
      String kind,
      @Nullable String refType,
      @Nullable String refId,
      String title,
      String body,
      @Nullable String page,
      boolean read,
      Instant createdAt) {}

  /** One page of my notifications, newest first, and how many of all of them are unread. */
  @Serdeable
  record NotificationPage(
      List<NotificationView> items,
      int page,
      int size,
      long totalItems,
      int totalPages,
      long unread) {}

  @Serdeable
  record UnreadCount(long unread) {}
}
