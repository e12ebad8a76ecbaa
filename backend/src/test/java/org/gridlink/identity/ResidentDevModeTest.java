package org.gridlink.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.gridlink.support.Api;
import org.gridlink.support.TestAccounts;
import org.junit.jupiter.api.Test;

/** Embedded mode without WeChat credentials: WeChat sign-in points to the dev login. */
@MicronautTest(transactional = false)
class ResidentDevModeTest {
  @Inject Api api;
  @Inject TestAccounts accounts;

  @Test
  void wechatSignInAnswersAProblemPointingToTheDevLogin() {
    var r = api.post("/api/v1/auth/wechat", Map.of("code", "anything")).english().send();
    assertThat(r.status()).isEqualTo(503);
    assertThat(r.text("type")).isEqualTo("urn:gridlink:problem:wechat-dev-mode");
    assertThat(r.text("detail")).contains("/api/v1/auth/dev");
  }

  @Test
  void aDevResidentHasAProfileButStaffDoNot() {
    String resident = accounts.dev("RESIDENT", "dev-" + System.nanoTime());
    var patched =
        api.request("PATCH", "/api/v1/me").json(Map.of("nickname", "开发居民")).bearer(resident).send();
    assertThat(patched.status()).as(patched.body()).isEqualTo(200);
    assertThat(api.get("/api/v1/me").bearer(resident).send().text("nickname")).isEqualTo("开发居民");

    var staff = api.get("/api/v1/me").bearer(accounts.admin()).send();
    assertThat(staff.status()).isEqualTo(403);
  }
}
