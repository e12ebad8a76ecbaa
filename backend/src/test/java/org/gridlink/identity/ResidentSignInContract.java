package org.gridlink.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gridlink.support.Api;
import org.gridlink.support.FakeWechat;
import org.gridlink.support.LogCapture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Resident sign-in through WeChat against a fake WeChat server: sessions, WeChat's failures, and
 * refresh-token rotation. Every answer and log line is checked for the session_key and secret.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ResidentSignInContract implements TestPropertyProvider {
  final FakeWechat wechat = new FakeWechat();
  final List<String> answers = new ArrayList<>();
  LogCapture logs;

  @Inject Api api;

  @Override
  public Map<String, String> getProperties() {
    return wechat.properties();
  }

  @AfterAll
  void stopFake() {
    wechat.close();
  }

  @BeforeEach
  void captureLogs() {
    logs = new LogCapture();
    answers.clear();
  }

  @AfterEach
  void noSecretLeaked() {
    logs.close();
    wechat.failNextWith(0);
    wechat.delayAnswers(0);
    List<String> everything = new ArrayList<>(answers);
    everything.addAll(logs.lines());
    assertThat(everything)
        .allSatisfy(
            line ->
                assertThat(line)
                    .doesNotContain("SESSIONKEY-")
                    .doesNotContain(FakeWechat.SECRET)
                    .doesNotContain("ACCESS-"));
  }

  Api.Response signIn(String code) {
    var r = api.post("/api/v1/auth/wechat", Map.of("code", code)).english().send();
    answers.add(r.body());
    return r;
  }

  Api.Response refresh(String token) {
    var r = api.post("/api/v1/auth/refresh", Map.of("refreshToken", token)).send();
    answers.add(r.body());
    return r;
  }

  @Test
  void aWechatCodeSignsInAndTheSameOpenidIsTheSameResident() {
    String openid = wechat.newOpenid();
    var first = signIn(wechat.loginCode(openid, "union-" + openid));
    assertThat(first.status()).as(first.body()).isEqualTo(200);
    assertThat(first.text("subject")).startsWith("resident:");
    assertThat(first.field("roles")).isEqualTo(List.of("RESIDENT"));
    assertThat(first.text("refreshToken")).hasSizeGreaterThan(30);
    assertThat(first.body()).doesNotContain(openid).doesNotContain("session");

    var me = api.get("/api/v1/me").bearer(first.text("accessToken")).send();
    answers.add(me.body());
    assertThat(me.status()).as(me.body()).isEqualTo(200);
    assertThat(me.text("subject")).isEqualTo(first.text("subject"));

    var again = signIn(wechat.loginCode(openid, null));
    assertThat(again.text("subject")).isEqualTo(first.text("subject"));
  }

  @Test
  void anInvalidCodeIsAPlainBadRequestWithoutWechatsText() {
    var r = signIn("not-a-code-" + System.nanoTime());
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.header("Content-Type")).startsWith("application/problem+json");
    assertThat(r.text("type")).isEqualTo("urn:gridlink:problem:wechat-code-invalid");
    assertThat(r.body()).doesNotContain(FakeWechat.APP_ID).doesNotContain("invalid code");
    assertThat(logs.lines()).anySatisfy(l -> assertThat(l).contains("error code 40029"));
  }

  @Test
  void wechatQuotaAndTimeoutsAreServiceUnavailable() {
    wechat.failNextWith(45009);
    var quota = signIn(wechat.loginCode(wechat.newOpenid(), null));
    assertThat(quota.status()).isEqualTo(503);
    assertThat(quota.text("type")).isEqualTo("urn:gridlink:problem:wechat-unavailable");

    wechat.delayAnswers(2500);
    var slow = signIn(wechat.loginCode(wechat.newOpenid(), null));
    assertThat(slow.status()).isEqualTo(503);
    assertThat(slow.text("type")).isEqualTo("urn:gridlink:problem:wechat-unavailable");
  }

  @Test
  void anInvalidatedAccessTokenIsFetchedAgainAndTheSignInSucceeds() {
    assertThat(signIn(wechat.loginCode(wechat.newOpenid(), null)).status()).isEqualTo(200);
    int before = wechat.tokenFetches();
    wechat.invalidateTokens();
    var r = signIn(wechat.loginCode(wechat.newOpenid(), null));
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(wechat.tokenFetches()).isEqualTo(before + 1);
  }

  @Test
  void refreshTokensRotateAndAReusedOneEndsTheWholeSession() {
    var session = signIn(wechat.loginCode(wechat.newOpenid(), null));
    String first = session.text("refreshToken");

    var second = refresh(first);
    assertThat(second.status()).as(second.body()).isEqualTo(200);
    assertThat(second.text("subject")).isEqualTo(session.text("subject"));
    assertThat(second.text("refreshToken")).isNotEqualTo(first);
    var third = refresh(second.text("refreshToken"));
    assertThat(third.status()).isEqualTo(200);

    // A thief replays the first token: refused, and the owner's current token dies with it.
    var replay = refresh(first);
    assertThat(replay.status()).isEqualTo(401);
    assertThat(replay.text("type")).isEqualTo("urn:gridlink:problem:refresh-token-invalid");
    assertThat(refresh(third.text("refreshToken")).status()).isEqualTo(401);

    assertThat(refresh("made-up-token").status()).isEqualTo(401);
  }

  @Test
  void signingOutEndsTheRefreshToken() {
    var session = signIn(wechat.loginCode(wechat.newOpenid(), null));
    String token = session.text("refreshToken");
    var out = api.post("/api/v1/auth/logout", Map.of("refreshToken", token)).send();
    assertThat(out.status()).isEqualTo(204);
    assertThat(refresh(token).status()).isEqualTo(401);
  }
}
