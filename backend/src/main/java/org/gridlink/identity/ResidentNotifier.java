package org.gridlink.identity;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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
    notifyAll(
        List.of(
            new ResidentMessage(
                residentSubject, kind, refType, refId, page, messageKey, Arrays.asList(args))));
  }

  /**
   * Like {@link #notifyMessage} for each message, stored with one batched insert (a batch of report
   * moves tells its residents without one transaction per report). Each resident's subscribe
   * message still goes out on its own after the commit.
   */
  @Transactional
  public void notifyAll(List<ResidentMessage> batch) {
    if (batch.isEmpty()) {
      return;
    }
    Map<String, Optional<String>> openids = new HashMap<>();
    List<Notification> rows = new ArrayList<>(batch.size());
    List<String> templates = new ArrayList<>(batch.size());
    List<String> to = new ArrayList<>(batch.size());
    for (ResidentMessage m : batch) {
      Object[] values = m.args().toArray();
      String title = messages.get(Messages.DEFAULT_LOCALE, m.messageKey() + ".title", values);
      String body = messages.get(Messages.DEFAULT_LOCALE, m.messageKey() + ".body", values);
      ResidentNotice n =
          new ResidentNotice(m.kind(), m.refType(), m.refId(), title, body, m.page());
      String template = properties.template(m.kind());
      // One account lookup per resident, however many notices they get in this batch.
      String openid =
          template == null || wechat.devMode()
              ? null
              : openids
                  .computeIfAbsent(m.residentSubject(), s -> Optional.ofNullable(openid(s)))
                  .orElse(null);
      rows.add(
          row(
              m.residentSubject(),
              n,
              m.messageKey(),
              String.join(ARG_SEPARATOR, m.args()),
              template,
              openid));
      templates.add(template);
      to.add(openid);
    }
    List<Notification> saved = new ArrayList<>();
    notifications.saveAll(rows).forEach(saved::add);
    for (int i = 0; i < saved.size(); i++) {
      if (saved.get(i).delivery() == NoticeDelivery.PENDING) {
        queued.publishEvent(new NoticeQueued(saved.get(i).id(), to.get(i), templates.get(i)));
      }
    }
  }

  private void store(String subject, ResidentNotice n, String messageKey, String messageArgs) {
    String template = properties.template(n.kind());
    String openid = template == null || wechat.devMode() ? null : openid(subject);
    Notification saved =
        notifications.save(row(subject, n, messageKey, messageArgs, template, openid));
    if (saved.delivery() == NoticeDelivery.PENDING) {
      queued.publishEvent(new NoticeQueued(saved.id(), openid, template));
    }
  }

  /** The row to store; PENDING when a subscribe message is to follow after the commit. */
  private Notification row(
      String subject,
      ResidentNotice n,
      String messageKey,
      String messageArgs,
      String template,
      String openid) {
    Objects.requireNonNull(subject, "residentSubject");
    Objects.requireNonNull(n.kind(), "kind");
    NoticeDelivery delivery;
    if (template == null) {
      delivery = NoticeDelivery.IN_APP_ONLY;
    } else {
      delivery = openid == null ? NoticeDelivery.NO_WECHAT : NoticeDelivery.PENDING;
    }
    return new Notification(
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
        null);
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
