package org.gridlink.identity;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Objects;
import org.gridlink.common.web.Messages;
import org.gridlink.wechat.WechatFacade;

/**
 * Tells a resident about something: stores an in-app notification (GET /api/v1/notifications) and,
 * when the kind has a WeChat template and the resident a real openid, sends a subscribe message
 * after the caller's transaction commits (so a rollback sends nothing). The WeChat side never
 * throws into the caller: its outcome is recorded on the notification. Joins the caller's
 * transaction, so a rolled-back business change leaves no notification either.
 */
@Singleton
public class ResidentNotifier {
  /** Separates stored message arguments; never typed by anyone. */
  static final String ARG_SEPARATOR = "\u001F";

  private static final int MAX_TITLE = 100;
  private static final int MAX_BODY = 500;
  private static final int MAX_PAGE = 200;

  private final NotificationRepository notifications;
  private final NotificationsProperties properties;
  private final ResidentService residents;
  private final WechatFacade wechat;
  private final Messages messages;
  private final ApplicationEventPublisher<NoticeQueued> queued;
  private final Clock clock;

  ResidentNotifier(
      NotificationRepository notifications,
      NotificationsProperties properties,
      ResidentService residents,
      WechatFacade wechat,
      Messages messages,
      ApplicationEventPublisher<NoticeQueued> queued,
      Clock clock) {
    this.notifications = notifications;
    this.properties = properties;
    this.residents = residents;
    this.wechat = wechat;
    this.messages = messages;
    this.queued = queued;
    this.clock = clock;
  }

  /** Notifies with ready-made zh-CN text (shown as is in every language). */
  @Transactional
  public void notify(String residentSubject, ResidentNotice notice) {
    store(residentSubject, notice, null, null);
  }

  /**
   * Notifies with text from the message bundle: {@code messageKey + ".title"} and {@code messageKey
   * + ".body"}, formatted with {@code args} (strings only: they are stored and re-rendered in the
   * reader's language). WeChat receives the zh-CN rendering.
   */
  @Transactional
  public void notifyMessage(
      String residentSubject,
      String kind,
      String refType,
      String refId,
      String page,
      String messageKey,
      String... args) {
    Object[] values = args.clone();
    String title = messages.get(Messages.DEFAULT_LOCALE, messageKey + ".title", values);
    String body = messages.get(Messages.DEFAULT_LOCALE, messageKey + ".body", values);
    store(
        residentSubject,
        new ResidentNotice(kind, refType, refId, title, body, page),
        messageKey,
        String.join(ARG_SEPARATOR, args));
  }

  private void store(String subject, ResidentNotice n, String messageKey, String messageArgs) {
    Objects.requireNonNull(subject, "residentSubject");
    Objects.requireNonNull(n.kind(), "kind");
    String template = properties.template(n.kind());
    String openid = template == null || wechat.devMode() ? null : openid(subject);
    NoticeDelivery delivery;
    if (template == null) {
      delivery = NoticeDelivery.IN_APP_ONLY;
    } else {
      delivery = openid == null ? NoticeDelivery.NO_WECHAT : NoticeDelivery.PENDING;
    }
    Notification saved =
        notifications.save(
            new Notification(
                null,
                subject,
                n.kind(),
                n.refType(),
                n.refId(),
                cut(Objects.requireNonNullElse(n.title(), ""), MAX_TITLE),
                cut(Objects.requireNonNullElse(n.body(), ""), MAX_BODY),
                n.page() == null ? null : cut(n.page(), MAX_PAGE),
                messageKey,
                messageArgs,
                delivery,
                null,
                clock.instant(),
                null));
    if (delivery == NoticeDelivery.PENDING) {
      queued.publishEvent(new NoticeQueued(saved.id(), openid, template));
    }
  }

  /** The resident's real WeChat openid; none for dev residents, staff or unknown subjects. */
  private String openid(String subject) {
    return residents
        .find(subject)
        .map(ResidentAccount::openid)
        .filter(o -> !o.startsWith("dev:"))
        .orElse(null);
  }

  static String cut(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
