package org.gridlink.wechat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.gridlink.common.web.ProblemException;
import org.gridlink.support.Api;
import org.gridlink.support.FakeWechat;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Subscribe messages, content security, the media-check callback and mini-program codes against the
 * fake WeChat server; run on H2 and MariaDB.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class WechatServicesContract implements TestPropertyProvider {
  static final String TEMPLATE = "tmpl-report-progress";
  final FakeWechat wechat = new FakeWechat();

  @Inject Api api;
  @Inject WechatSubscribeMessages messages;
  @Inject WechatContentCheck contentCheck;
  @Inject WechatMiniProgramCodes codes;
  @Inject MediaCheckEvents events;

  @Override
  public Map<String, String> getProperties() {
    return wechat.properties();
  }

  @AfterAll
  void stopFake() {
    wechat.close();
  }

  @AfterEach
  void resetSwitches() {
    wechat.failNextWith(0);
  }

  @Test
  void eachMessageSpendsOneConsentAndA43101MeansConsentGone() {
    String openid = wechat.newOpenid();
    messages.recordConsents(openid, List.of(TEMPLATE));
    messages.recordConsents(openid, List.of(TEMPLATE, "tmpl-other"));
    assertThat(messages.remainingConsents(openid)).containsEntry(TEMPLATE, 2);

    var sent = messages.send(openid, TEMPLATE, "pages/report/detail?id=1", Map.of("thing1", "已受理"));
    assertThat(sent).isEqualTo(SubscribeResult.SENT);
    assertThat(wechat.sentMessages())
        .anySatisfy(m -> assertThat(m).contains(openid).contains("已受理"));
    assertThat(messages.remainingConsents(openid)).containsEntry(TEMPLATE, 1);

    wechat.failNextWith(45009);
    assertThat(messages.send(openid, TEMPLATE, "pages/index", Map.of()))
        .isEqualTo(SubscribeResult.FAILED);
    assertThat(messages.remainingConsents(openid)).containsEntry(TEMPLATE, 1);

    wechat.refuseSubscriptions(openid);
    assertThat(messages.send(openid, TEMPLATE, "pages/index", Map.of()))
        .isEqualTo(SubscribeResult.CONSENT_GONE);
    assertThat(messages.remainingConsents(openid)).containsEntry(TEMPLATE, 0);
    int delivered = wechat.sentMessages().size();
    assertThat(messages.send(openid, TEMPLATE, "pages/index", Map.of()))
        .isEqualTo(SubscribeResult.NO_CONSENT);
    assertThat(wechat.sentMessages()).hasSize(delivered);
  }

  @Test
  void aResidentReportsAcceptedTemplatesThroughTheApi() {
    var session =
        api.post("/api/v1/auth/wechat", Map.of("code", wechat.loginCode(wechat.newOpenid(), null)))
            .send();
    String token = session.text("accessToken");
    var r =
        api.post("/api/v1/me/subscriptions", Map.of("templateIds", List.of(TEMPLATE)))
            .bearer(token)
            .send();
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(r.field("remaining")).isEqualTo(Map.of(TEMPLATE, 1));
    var bad =
        api.post("/api/v1/me/subscriptions", Map.of("templateIds", List.of("<bad>")))
            .bearer(token)
            .send();
    assertThat(bad.status()).isEqualTo(400);
  }

  @Test
  void textIsCheckedWithMsgSecCheckVersionTwo() {
    String openid = wechat.newOpenid();
    assertThat(contentCheck.checkText(openid, WechatContentCheck.SCENE_COMMENT, "路灯坏了"))
        .isEqualTo(ContentVerdict.PASS);
    assertThat(contentCheck.checkText(openid, WechatContentCheck.SCENE_COMMENT, "RISKY text"))
        .isEqualTo(ContentVerdict.RISKY);
    wechat.failNextWith(45009);
    assertThatThrownBy(() -> contentCheck.checkText(openid, 2, "x"))
        .isInstanceOfSatisfying(
            ProblemException.class, e -> assertThat(e.slug()).isEqualTo("wechat-unavailable"));
  }

  @Test
  void photosAreSubmittedAndTheSignedCallbackDeliversTheVerdict() {
    String trace =
        contentCheck.submitImage(
            wechat.newOpenid(), WechatContentCheck.SCENE_FORUM, "https://example.org/p/1.jpg");
    assertThat(trace).startsWith("trace-");
    assertThat(wechat.mediaChecks())
        .anySatisfy(b -> assertThat(b).contains("\"version\":2").contains("example.org/p/1.jpg"));

    String body =
        "{\"ToUserName\":\"gh_1\",\"Event\":\"wxa_media_check\",\"trace_id\":\""
            + trace
            + "\",\"version\":2,\"result\":{\"suggest\":\"risky\",\"label\":20002}}";
    var forged = callback("POST", "wrong-signature", now(), body);
    assertThat(forged.status()).isEqualTo(403);
    assertThat(events.received).noneMatch(e -> e.traceId().equals(trace));

    String ts = now();
    var ok = callback("POST", sign(ts, "n1"), ts, body);
    assertThat(ok.status()).as(ok.body()).isEqualTo(200);
    assertThat(ok.body()).isEqualTo("success");
    assertThat(events.received)
        .contains(new MediaCheckCompleted(trace, ContentVerdict.RISKY, "20002"));

    String old = Long.toString(Instant.now().getEpochSecond() - 3600);
    assertThat(callback("POST", sign(old, "n1"), old, body).status()).isEqualTo(403);
  }

  @Test
  void safeModePushesAreDecryptedAndTheirSignatureChecked() {
    var config = new cn.binarywang.wx.miniapp.config.impl.WxMaDefaultConfigImpl();
    config.setAppid(FakeWechat.APP_ID);
    config.setToken(FakeWechat.TOKEN);
    config.setAesKey(FakeWechat.AES_KEY);
    String trace = "trace-safe-" + System.nanoTime();
    String plain =
        "{\"Event\":\"wxa_media_check\",\"trace_id\":\""
            + trace
            + "\",\"result\":{\"suggest\":\"pass\",\"label\":100}}";
    String encrypted =
        new cn.binarywang.wx.miniapp.util.crypt.WxMaCryptUtils(config)
            .encrypt("0123456789abcdef", plain);
    String ts = now();
    String body = "{\"ToUserName\":\"gh_1\",\"Encrypt\":\"" + encrypted + "\"}";
    String msgSignature =
        me.chanjar.weixin.common.util.crypto.SHA1.gen(FakeWechat.TOKEN, ts, "n3", encrypted);

    var forged = safePush(ts, "0".repeat(40), body);
    assertThat(forged.status()).isEqualTo(403);
    assertThat(events.received).noneMatch(e -> e.traceId().equals(trace));

    var ok = safePush(ts, msgSignature, body);
    assertThat(ok.status()).as(ok.body()).isEqualTo(200);
    assertThat(events.received)
        .contains(new MediaCheckCompleted(trace, ContentVerdict.PASS, "100"));
  }

  private Api.Response safePush(String ts, String msgSignature, String body) {
    return api.request(
            "POST",
            "/api/v1/wechat/callback?signature="
                + sign(ts, "n3")
                + "&timestamp="
                + ts
                + "&nonce=n3&encrypt_type=aes&msg_signature="
                + msgSignature)
        .raw("application/json", body.getBytes(java.nio.charset.StandardCharsets.UTF_8))
        .send();
  }

  @Test
  void theUrlCheckEchoesOnlyForTheRightSignature() {
    String ts = now();
    var ok =
        api.get(
                "/api/v1/wechat/callback?signature="
                    + sign(ts, "n2")
                    + "&timestamp="
                    + ts
                    + "&nonce=n2&echostr=hello123")
            .send();
    assertThat(ok.status()).isEqualTo(200);
    assertThat(ok.body()).isEqualTo("hello123");
    var bad =
        api.get("/api/v1/wechat/callback?signature=abc&timestamp=" + ts + "&nonce=n2&echostr=x")
            .send();
    assertThat(bad.status()).isEqualTo(403);
  }

  @Test
  void miniProgramCodesComeFromWechat() {
    var code = codes.unlimited("pages/grid/index", "g=GX-0301");
    assertThat(code.devPlaceholder()).isFalse();
    assertThat(code.png()).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
  }

  private Api.Response callback(String method, String signature, String ts, String body) {
    return api.request(
            method,
            "/api/v1/wechat/callback?signature=" + signature + "&timestamp=" + ts + "&nonce=n1")
        .raw("application/json", body.getBytes(java.nio.charset.StandardCharsets.UTF_8))
        .send();
  }

  private static String now() {
    return Long.toString(Instant.now().getEpochSecond());
  }

  private static String sign(String timestamp, String nonce) {
    String[] parts = {FakeWechat.TOKEN, timestamp, nonce};
    java.util.Arrays.sort(parts);
    return WechatCallbackController.sha1(String.join("", parts));
  }
}
