package org.gridlink.identity;

import io.micronaut.transaction.annotation.TransactionalEventListener;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.gridlink.common.async.Detached;
import org.gridlink.wechat.WechatSubscribeMessages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the WeChat subscribe message of a notification after the transaction that stored it has
 * committed, on a worker thread (the caller neither waits for WeChat nor sees its failures), and
 * records the outcome on the notification.
 */
@Singleton
class NoticeSender {
  private static final Logger LOG = LoggerFactory.getLogger(NoticeSender.class);
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

  /** WeChat's limit for "thing" keywords. */
  private static final int MAX_THING = 20;

  private final NotificationRepository notifications;
  private final NotificationsProperties properties;
  private final WechatSubscribeMessages subscribe;
  private final Detached detached;
  private final Clock clock;

  NoticeSender(
      NotificationRepository notifications,
      NotificationsProperties properties,
      WechatSubscribeMessages subscribe,
      Detached detached,
      Clock clock) {
    this.notifications = notifications;
    this.properties = properties;
    this.subscribe = subscribe;
    this.detached = detached;
    this.clock = clock;
  }

  @TransactionalEventListener(TransactionalEventListener.TransactionPhase.AFTER_COMMIT)
  void afterCommit(NoticeQueued queued) {
    detached.run("Subscribe message " + queued.notificationId(), () -> send(queued));
  }

  void send(NoticeQueued queued) {
    NoticeDelivery outcome;
    try {
      Notification n = notifications.findById(queued.notificationId()).orElse(null);
      if (n == null) {
        return;
      }
      Map<String, String> data =
          Map.of(
              properties.getTitleField(), ResidentNotifier.cut(n.title(), MAX_THING),
              properties.getBodyField(), ResidentNotifier.cut(n.body(), MAX_THING),
              properties.getTimeField(), TIME.format(n.createdAt()));
      outcome =
          NoticeDelivery.of(subscribe.send(queued.openid(), queued.templateId(), n.page(), data));
    } catch (RuntimeException e) {
      // Never lost silently, never thrown at anyone: recorded as FAILED.
      LOG.warn(
          "Subscribe message for notification {} failed: {}",
          queued.notificationId(),
          e.getClass().getSimpleName());
      outcome = NoticeDelivery.FAILED;
    }
    notifications.delivered(queued.notificationId(), outcome, clock.instant());
  }
}
