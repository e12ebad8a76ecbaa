package org.gridlink.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.gridlink.support.Api;
import org.junit.jupiter.api.Test;

/** The portal, the console and the API docs are served, with a strict CSP on the pages. */
@MicronautTest(transactional = false)
class WebAndDocsTest {
  @Inject Api api;

  @Test
  void portalIsServedAtTheRoot() {
    var r = api.get("/").send();
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.header("Content-Type")).startsWith("text/html");
    assertThat(r.header("Content-Security-Policy")).contains("script-src 'self';");
  }

  @Test
  void consoleIsServedUnderConsole() {
    var r = api.get("/console/").send();
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.header("Content-Type")).startsWith("text/html");
    assertThat(r.body()).contains("<div id=");
    var bare = api.get("/console").send();
    assertThat(bare.status()).isEqualTo(308);
    assertThat(bare.header("Location")).isEqualTo("/console/");
  }

  @Test
  void openApiIsGeneratedAndHasAUi() {
    var spec = api.get("/swagger/gridlink-v1.yml").send();
    assertThat(spec.status()).isEqualTo(200);
    assertThat(spec.body()).contains("/api/v1/auth/login").contains("/api/v1/admin/staff");
    assertThat(api.get("/swagger-ui/index.html").send().status()).isEqualTo(200);
  }
}
