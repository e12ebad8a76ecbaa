package org.gridlink.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.gridlink.support.Api;
import org.gridlink.support.Eventually;
import org.gridlink.support.FakeWechat;
import org.gridlink.wechat.WechatSubscribeMessages;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Resident notifications: the in-app list (mine only), read marks, the WeChat subscribe message
 * sent after commit with one consent spent, 43101 and other WeChat failures recorded, never thrown.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class NotificationsContract implements TestPropertyProvider {
  static final String TEMPLATE = "tmpl-report-status";
  final FakeWechat wechat = new FakeWechat();

  @Inject Api api;
  @Inject ResidentNotifier notifier;
  @Inject NotificationRepository notifications;
  @Inject WechatSubscribeMessages consents;
  @Inject TransactionOperations<Connection> transactions;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> p = new HashMap<>(wechat.properties());
    p.put("gridlink.notifications.templates.REPORT_STATUS", TEMPLATE);
    return p;
  }

  @AfterAll
  void stopFake() {
    wechat.close();
  }

  @AfterEach
  void resetSwitches() {
    wechat.failNextWith(0);
  }

  record Resident(String openid, String token, String subject) {}

  Resident signIn() {
    String openid = wechat.newOpenid();
    var r = api.post("/api/v1/auth/wechat", Map.of("code", wechat.loginCode(openid, null))).send();
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return new Resident(openid, r.text("accessToken"), r.text("subject"));
  }

  static ResidentNotice notice(String kind, String title) {
    return new ResidentNotice(kind, "report", "7", title, "正文：" + title, "/reports/7");
  }

  List<Notification> stored(String subject) {
    return notifications
        .findByRecipient(subject, io.micronaut.data.model.Pageable.from(0, 50))
        .getContent();
  }

  @Test
  void aResidentSeesOnlyTheirOwnNotificationsAndMarksThemRead() {
    Resident me = signIn();
    Resident other = signIn();
    notifier.notify(me.subject(), notice("SURVEY_INVITE", "邀请一"));
    notifier.notify(me.subject(), notice("SURVEY_INVITE", "邀请二"));
    notifier.notify(other.subject(), notice("SURVEY_INVITE", "别人的"));

    var list = api.get("/api/v1/notifications?size=10").bearer(me.token()).send();
    assertThat(list.status()).as(list.body()).isEqualTo(200);
    assertThat(list.field("unread")).isEqualTo(2);
    List<?> items = (List<?>) list.field("items");
    assertThat(items).hasSize(2);
    Map<?, ?> newest = (Map<?, ?>) items.get(0);
    assertThat(newest.get("title")).isEqualTo("邀请二");
    assertThat(newest.get("page")).isEqualTo("/reports/7");
    assertThat(newest.get("read")).isEqualTo(false);
    assertThat(list.body()).doesNotContain("别人的");

    long theirs = stored(other.subject()).get(0).id();
    var idor = api.post("/api/v1/notifications/" + theirs + "/read", Map.of()).bearer(me.token());
    assertThat(idor.send().status()).isEqualTo(404);
    assertThat(notifications.findById(theirs).orElseThrow().readAt()).isNull();

    long mine = ((Number) newest.get("id")).longValue();
    var read = api.post("/api/v1/notifications/" + mine + "/read", Map.of()).bearer(me.token());
    assertThat(read.send().status()).isEqualTo(204);
    var count = api.get("/api/v1/notifications/unread-count").bearer(me.token()).send();
    assertThat(count.field("unread")).isEqualTo(1);

    var all = api.post("/api/v1/notifications/read-all", Map.of()).bearer(me.token()).send();
    assertThat(all.status()).isEqualTo(200);
    assertThat(api.get("/api/v1/notifications").bearer(me.token()).send().field("unread"))
        .isEqualTo(0);
    assertThat(api.get("/api/v1/notifications/unread-count").bearer(other.token()).send())
        .satisfies(r -> assertThat(r.field("unread")).isEqualTo(1));
    assertThat(api.get("/api/v1/notifications").send().status()).isEqualTo(401);
  }

  @Test
  void aKindWithoutTemplateIsInAppOnly() {
    Resident me = signIn();
    consents.recordConsents(me.openid(), List.of(TEMPLATE));
    notifier.notify(me.subject(), notice("REDEMPTION", "兑换成功"));
    assertThat(stored(me.subject()))
        .singleElement()
        .satisfies(n -> assertThat(n.delivery()).isEqualTo(NoticeDelivery.IN_APP_ONLY));
    assertThat(consents.remainingConsents(me.openid())).containsEntry(TEMPLATE, 1);
  }

  @Test
  void aConsentIsSpentOnTheSubscribeMessageAndWithoutOneItIsInAppOnly() {
    Resident me = signIn();
    consents.recordConsents(me.openid(), List.of(TEMPLATE));
    String title = "上报已受理" + UUID.randomUUID().toString().substring(0, 4);
    notifier.notify(me.subject(), notice("REPORT_STATUS", title));
    Eventually.until("sent", () -> delivery(me) == NoticeDelivery.SENT);
    assertThat(wechat.sentMessages())
        .anySatisfy(
            m ->
                assertThat(m)
                    .contains(me.openid())
                    .contains(TEMPLATE)
                    .contains(title)
                    .contains("/reports/7"));
    assertThat(consents.remainingConsents(me.openid())).containsEntry(TEMPLATE, 0);

    notifier.notify(me.subject(), notice("REPORT_STATUS", "第二条"));
    Eventually.until("no consent", () -> delivery(me) == NoticeDelivery.NO_CONSENT);
    assertThat(stored(me.subject())).hasSize(2);
  }

  @Test
  void withdrawnConsentAndWechatFailuresAreRecordedNotThrown() {
    Resident me = signIn();
    consents.recordConsents(me.openid(), List.of(TEMPLATE, TEMPLATE));

    wechat.failNextWith(45009);
    notifier.notify(me.subject(), notice("REPORT_STATUS", "失败的"));
    Eventually.until("failed", () -> delivery(me) == NoticeDelivery.FAILED);
    assertThat(consents.remainingConsents(me.openid())).containsEntry(TEMPLATE, 2);

    wechat.refuseSubscriptions(me.openid());
    notifier.notify(me.subject(), notice("REPORT_STATUS", "拒收的"));
    Eventually.until("consent gone", () -> delivery(me) == NoticeDelivery.CONSENT_GONE);
    assertThat(consents.remainingConsents(me.openid())).containsEntry(TEMPLATE, 0);
    assertThat(api.get("/api/v1/notifications").bearer(me.token()).send().field("unread"))
        .isEqualTo(2);
  }

  @Test
  void aRolledBackTransactionLeavesNoNotificationAndSendsNothing() {
    Resident me = signIn();
    consents.recordConsents(me.openid(), List.of(TEMPLATE));
    int before = wechat.sentMessages().size();
    transactions.executeWrite(
        status -> {
          notifier.notify(me.subject(), notice("REPORT_STATUS", "回滚的"));
          status.setRollbackOnly();
          return null;
        });
    assertThat(stored(me.subject())).isEmpty();
    // A later notice goes out, so the first one had its chance to (wrongly) go out too.
    notifier.notify(me.subject(), notice("REPORT_STATUS", "提交的"));
    Eventually.until("sent", () -> delivery(me) == NoticeDelivery.SENT);
    assertThat(wechat.sentMessages()).hasSize(before + 1);
    assertThat(consents.remainingConsents(me.openid())).containsEntry(TEMPLATE, 0);
  }

  @Test
  void messageKeysAreShownInTheReadersLanguage() {
    Resident me = signIn();
    notifier.notifyMessage(
        me.subject(),
        "SURVEY_INVITE",
        "report",
        "9",
        "/reports/9",
        "notice.report.REJECTED",
        "ABC234",
        "照片看不清");
    var zh = api.get("/api/v1/notifications").bearer(me.token()).send();
    assertThat(zh.body()).contains("上报未能受理").contains("ABC234").contains("照片看不清");
    var en = api.get("/api/v1/notifications").bearer(me.token()).english().send();
    assertThat(en.body()).contains("Report not accepted").contains("could not be accepted");
    assertThat(stored(me.subject()).get(0).title()).isEqualTo("上报未能受理");
  }

  @Test
  void deletingTheAccountErasesItsNotifications() {
    Resident me = signIn();
    notifier.notify(me.subject(), notice("SURVEY_INVITE", "将被删除"));
    assertThat(api.request("DELETE", "/api/v1/me").bearer(me.token()).send().status())
        .isIn(200, 204);
    assertThat(stored(me.subject())).isEmpty();
  }

  private NoticeDelivery delivery(Resident r) {
    return stored(r.subject()).stream()
        .max(java.util.Comparator.comparing(Notification::id))
        .map(Notification::delivery)
        .orElse(null);
  }
}
