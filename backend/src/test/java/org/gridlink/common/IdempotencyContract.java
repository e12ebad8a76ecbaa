package org.gridlink.common;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.gridlink.support.Api;
import org.gridlink.support.TestAccounts;
import org.junit.jupiter.api.Test;

/** The Idempotency-Key filter, through a real POST that creates something; H2 and MariaDB. */
abstract class IdempotencyContract {
  @Inject Api api;
  @Inject TestAccounts accounts;

  private Map<String, Object> staffBody(String username) {
    return Map.of(
        "username",
        username,
        "displayName",
        "幂等测试",
        "password",
        "Idem-Potent-2026",
        "roles",
        List.of("STAFF"));
  }

  private Api.Response create(String key, Map<String, Object> body) {
    return api.post("/api/v1/admin/staff", body)
        .header("Idempotency-Key", key)
        .bearer(accounts.admin())
        .send();
  }

  @Test
  void sameKeyAndBodyReplaysTheFirstAnswer() {
    String key = UUID.randomUUID().toString();
    String username = "idem-" + key.substring(0, 8);
    var first = create(key, staffBody(username));
    assertThat(first.status()).as(first.body()).isEqualTo(201);
    var second = create(key, staffBody(username));
    assertThat(second.status()).isEqualTo(201);
    assertThat(second.header("Idempotent-Replayed")).isEqualTo("true");
    assertThat(second.json()).isEqualTo(first.json());
  }

  @Test
  void sameKeyWithAnotherBodyIs422() {
    String key = UUID.randomUUID().toString();
    assertThat(create(key, staffBody("idem-a-" + key.substring(0, 6))).status()).isEqualTo(201);
    var other = create(key, staffBody("idem-b-" + key.substring(0, 6)));
    assertThat(other.status()).isEqualTo(422);
    assertThat(other.text("type")).isEqualTo("urn:gridlink:problem:idempotency-key-reused");
  }

  @Test
  void aFailedFirstAttemptFreesTheKey() {
    String key = UUID.randomUUID().toString();
    String username = "idem-f-" + key.substring(0, 6);
    var weak = new java.util.HashMap<>(staffBody(username));
    weak.put("password", "weak");
    assertThat(create(key, weak).status()).isEqualTo(400);
    // Same key, corrected body: processed, not refused as a reuse.
    assertThat(create(key, staffBody(username)).status()).isEqualTo(201);
  }

  @Test
  void keysAreScopedToTheCaller() {
    String key = UUID.randomUUID().toString();
    assertThat(create(key, staffBody("idem-s-" + key.substring(0, 6))).status()).isEqualTo(201);
    // Another caller using the same key value is a different request, not a replay.
    String resident = accounts.dev("RESIDENT", "居民");
    var r =
        api.post("/api/v1/admin/staff", staffBody("idem-s-" + key.substring(0, 6)))
            .header("Idempotency-Key", key)
            .bearer(resident)
            .send();
    assertThat(r.status()).isEqualTo(403);
    assertThat(r.header("Idempotent-Replayed")).isNull();
  }

  @Test
  void malformedKeyIs400() {
    var r = create("bad key!", staffBody("idem-x"));
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.header("Content-Type")).startsWith("application/problem+json");
  }
}
