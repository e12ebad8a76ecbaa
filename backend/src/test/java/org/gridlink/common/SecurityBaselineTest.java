package org.gridlink.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.gridlink.support.Api;
import org.gridlink.support.TestAccounts;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class SecurityBaselineTest {
  @Inject Api api;
  @Inject TestAccounts accounts;

  @Test
  void adminRoutesNeedASignIn() {
    var r = api.get("/api/v1/admin/staff").send();
    assertThat(r.status()).isEqualTo(401);
    assertThat(r.header("Content-Type")).startsWith("application/problem+json");
    assertThat(r.text("type")).isEqualTo("urn:gridlink:problem:unauthorized");
  }

  @Test
  void residentsAreNotAdmins() {
    String resident = accounts.dev("RESIDENT", "李四");
    var r = api.get("/api/v1/admin/audit").bearer(resident).send();
    assertThat(r.status()).isEqualTo(403);
    assertThat(r.text("type")).isEqualTo("urn:gridlink:problem:forbidden");
  }

  @Test
  void aForgedTokenIsRejected() {
    String token = accounts.dev("ADMIN", "mallory");
    String forged = token.substring(0, token.length() - 4) + "AAAA";
    assertThat(api.get("/api/v1/auth/me").bearer(forged).send().status()).isEqualTo(401);
  }

  @Test
  void devLoginGivesAnyRoleInEmbeddedMode() {
    String token = accounts.dev("VOLUNTEER", "志愿者小王");
    var me = api.get("/api/v1/auth/me").bearer(token).send();
    assertThat(me.status()).isEqualTo(200);
    assertThat(me.text("displayName")).isEqualTo("志愿者小王");
    assertThat(me.body()).contains("VOLUNTEER");
  }

  @Test
  void devLoginRejectsUnknownRoles() {
    var r = api.post("/api/v1/auth/dev", Map.of("role", "SUPERUSER", "name", "x")).send();
    assertThat(r.status()).isEqualTo(400);
  }

  @Test
  void responsesCarrySecurityHeaders() {
    var r = api.get("/api/v1/ping").send();
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.header("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(r.header("X-Frame-Options")).isEqualTo("DENY");
    assertThat(r.header("Content-Security-Policy"))
        .contains("default-src 'self'")
        .contains("frame-ancestors 'none'")
        .doesNotContain("unsafe-eval");
  }

  @Test
  void pingIsPublic() {
    var r = api.get("/api/v1/ping").send();
    assertThat(r.json()).containsEntry("status", "ok");
  }
}
