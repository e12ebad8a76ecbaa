package org.gridlink.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Production never starts on embedded defaults, and never offers the dev login. */
class ProductionGuardTest {

  private static Throwable rootOf(Throwable t) {
    Throwable cause = t;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause;
  }

  /** Only the prod environment: not the "test" one the build would deduce. */
  private static ApplicationContext start(Map<String, Object> props) {
    return ApplicationContext.builder()
        .deduceEnvironment(false)
        .environments("prod")
        .properties(props)
        .start();
  }

  @Test
  void refusesToStartAndNamesEverythingMissing() {
    assertThatThrownBy(() -> start(Map.of()).close())
        .satisfies(
            e -> {
              String all = e.getMessage() + " " + rootOf(e).getMessage();
              assertThat(all)
                  .contains("GRIDLINK_DB_URL")
                  .contains("REDIS_URI")
                  .contains("GRIDLINK_WECHAT_APP_ID")
                  .contains("GRIDLINK_WECHAT_SECRET")
                  .contains("GRIDLINK_WECHAT_TOKEN")
                  .contains("GRIDLINK_PHONE_KEYS")
                  .contains("GRIDLINK_PHONE_HASH_KEY")
                  .contains("GRIDLINK_JWT_SECRET")
                  .contains("GRIDLINK_MEDIA_SIGNING_KEY")
                  .contains("GRIDLINK_GOVERNANCE_BASE_URL")
                  .contains("GRIDLINK_GOVERNANCE_KEY_ID")
                  .contains("GRIDLINK_VOLUNTEER_QR_KEY");
            });
  }

  @Test
  void refusesTheDevGovernanceKeyAndNamesAMissingOne() {
    Map<String, Object> dev = new HashMap<>();
    dev.put("gridlink.governance.base-url", "https://gov.example.cn/v1");
    dev.put("gridlink.governance.key-id", "dev");
    dev.put("gridlink.governance.keys.dev", "dev-only-governance-key-0123456789abcdef");
    assertThatThrownBy(() -> start(dev).close())
        .satisfies(
            e ->
                assertThat(e.getMessage() + " " + rootOf(e).getMessage())
                    .contains("governance key 'dev' is a development default")
                    .doesNotContain("GRIDLINK_GOVERNANCE_BASE_URL"));
    Map<String, Object> missing = new HashMap<>();
    missing.put("gridlink.governance.key-id", "k2026");
    assertThatThrownBy(() -> start(missing).close())
        .satisfies(
            e ->
                assertThat(e.getMessage() + " " + rootOf(e).getMessage())
                    .contains("GRIDLINK_GOVERNANCE_KEYS_K2026 is missing"));
  }

  @Test
  void refusesTheEmbeddedDatabaseAndTheDevSecret() {
    Map<String, Object> props = new HashMap<>();
    props.put("datasources.default.url", "jdbc:h2:mem:x;MODE=MySQL");
    props.put("datasources.default.username", "sa");
    props.put("redis.uri", "redis://127.0.0.1:6379");
    props.put("gridlink.wechat.app-id", "wx123");
    props.put("gridlink.wechat.secret", "s");
    props.put(
        "micronaut.security.token.jwt.signatures.secret.generator.secret",
        "dev-only-jwt-secret-change-me-0123456789abcdef");
    props.put("gridlink.crypto.phone-keys", "dev:ZGV2LW9ubHktcGhvbmUta2V5LTAxMjM0NTY3ODlhYmM=");
    props.put("gridlink.volunteers.qr-key", "dev-only-volunteer-qr-key-0123456789abcdef");
    assertThatThrownBy(() -> start(props).close())
        .satisfies(
            e -> {
              String all = e.getMessage() + " " + rootOf(e).getMessage();
              assertThat(all)
                  .contains("embedded database is not allowed")
                  .contains("still the development default")
                  .contains("GRIDLINK_PHONE_KEYS still holds the development key")
                  .contains("GRIDLINK_VOLUNTEER_QR_KEY")
                  .doesNotContain("REDIS_URI");
            });
  }

  @Test
  void withoutTheEmbeddedModeTheDevLoginDoesNotExist() throws Exception {
    try (EmbeddedServer server =
        ApplicationContext.run(
            EmbeddedServer.class,
            Map.of("gridlink.mode", "production", "micronaut.server.port", -1),
            "test")) {
      var response =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(server.getURL() + "/api/v1/auth/dev"))
                      .header("Content-Type", "application/json")
                      .POST(
                          HttpRequest.BodyPublishers.ofString(
                              "{\"role\":\"ADMIN\",\"name\":\"x\"}"))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).isEqualTo(404);
    }
  }
}
