package org.gridlink.identity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * An in-app notification of one resident (recipient = the token subject). When {@code messageKey}
 * is set, title and body are rendered in the reader's language from {@code messageKey}.title/.body
 * with {@code messageArgs}; the stored title and body are the zh-CN rendering WeChat received.
 */
@MappedEntity("resident_notification")
record Notification(
    @Id @GeneratedValue @Nullable Long id,
    String recipient,
    String kind,
    @Nullable String refType,
    @Nullable String refId,
    String title,
    String body,
    @Nullable String page,
    @Nullable String messageKey,
    @Nullable String messageArgs,
    NoticeDelivery delivery,
    @Nullable Instant readAt,
    Instant createdAt,
    @Nullable Instant deliveredAt) {}
