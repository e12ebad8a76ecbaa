package org.gridlink.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.gridlink.support.Api;
import org.gridlink.support.TestAccounts;
import org.junit.jupiter.api.Test;

/** Every error a client can cause is a problem document, never a stack trace. */
@MicronautTest(transactional = false)
class ProblemDocumentsTest {
  @Inject Api api;
  @Inject TestAccounts accounts;

  private static void assertProblem(Api.Response r, int status, String slug) {
    assertThat(r.status()).as(r.body()).isEqualTo(status);
    assertThat(r.header("Content-Type")).startsWith("application/problem+json");
    assertThat(r.text("type")).isEqualTo("urn:gridlink:problem:" + slug);
    assertThat(r.text("title")).isNotBlank();
    assertThat(r.text("detail")).isNotBlank();
    assertThat(r.field("status")).isEqualTo(status);
    assertThat(r.text("requestId")).isEqualTo(r.header("X-Request-Id"));
    assertThat(r.body())
        .doesNotContain("Exception")
        .doesNotContain("at org.")
        .doesNotContain("io.micronaut");
  }

  @Test
  void unknownRouteIs404() {
    assertProblem(api.get("/api/v1/no-such-thing").send(), 404, "not-found");
  }

  @Test
  void wrongMethodIs405() {
    assertProblem(api.request("DELETE", "/api/v1/ping").send(), 405, "method-not-allowed");
  }

  @Test
  void wrongContentTypeIs415() {
    var r =
        api.request("POST", "/api/v1/auth/login").raw("text/plain", "username=a".getBytes()).send();
    assertProblem(r, 415, "unsupported-media-type");
  }

  @Test
  void oversizedBodyIs413() {
    byte[] big = new byte[13 * 1024 * 1024];
    var r = api.request("POST", "/api/v1/auth/login").raw("application/json", big).send();
    assertProblem(r, 413, "payload-too-large");
  }

  @Test
  void malformedJsonIs400() {
    var r = api.post("/api/v1/auth/login", "{\"username\": ").send();
    assertProblem(r, 400, "bad-request");
  }

  @Test
  void validationNamesTheFieldsInChineseByDefault() {
    var r = api.post("/api/v1/auth/login", Map.of("username", "", "password", "")).send();
    assertProblem(r, 400, "validation-failed");
    @SuppressWarnings("unchecked")
    var errors = (List<Map<String, String>>) r.field("errors");
    assertThat(errors).extracting(e -> e.get("field")).contains("username", "password");
    assertThat(errors).extracting(e -> e.get("message")).contains("请填写 username。");
    assertThat(r.text("title")).isEqualTo("部分内容需要修改");
  }

  @Test
  void validationSpeaksEnglishWhenAsked() {
    var r =
        api.post("/api/v1/auth/login", Map.of("username", "", "password", "x")).english().send();
    assertProblem(r, 400, "validation-failed");
    assertThat(r.text("title")).isEqualTo("Some fields need attention");
    assertThat(r.body()).contains("username is required.");
  }

  @Test
  void badQueryParameterIs400WithoutEchoingTheValue() {
    var r = api.get("/api/v1/admin/audit?page=abc").bearer(accounts.admin()).send();
    assertProblem(r, 400, "validation-failed");
    assertThat(r.body()).doesNotContain("abc");
  }

  @Test
  void requestIdFromTheClientIsKeptWhenSane() {
    var r = api.get("/api/v1/ping").header("X-Request-Id", "client-abc-12345").send();
    assertThat(r.header("X-Request-Id")).isEqualTo("client-abc-12345");
    var odd = api.get("/api/v1/ping").header("X-Request-Id", "<script>").send();
    assertThat(odd.header("X-Request-Id")).isNotEqualTo("<script>").matches("[a-f0-9]{32}");
  }
}
