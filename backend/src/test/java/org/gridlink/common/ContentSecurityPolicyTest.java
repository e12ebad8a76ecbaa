package org.gridlink.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.gridlink.support.Api;
import org.junit.jupiter.api.Test;

/** Map tiles from the configured tile host are allowed as images; nothing else is opened. */
@MicronautTest(transactional = false)
@Property(
    name = "gridlink.web.map-tile-url",
    value = "https://webrd0{s}.tiles.example.com/appmaptile?x={x}&y={y}&z={z}")
class ContentSecurityPolicyTest {
  @Inject Api api;

  @Test
  void pagesAllowImagesFromTheTileHostOnly() {
    String csp = api.get("/").send().header("Content-Security-Policy");
    assertThat(csp)
        .contains("img-src 'self' data: blob: https://*.tiles.example.com;")
        .contains("script-src 'self';")
        .contains("connect-src 'self';");
  }
}
