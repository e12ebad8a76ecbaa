package org.gridlink.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TileSourceTest {
  @Test
  void tileTemplatesBecomeCspSources() {
    assertThat(ContentSecurityPolicy.tileSource("https://tile.example.org/{z}/{x}/{y}.png"))
        .isEqualTo("https://tile.example.org");
    assertThat(ContentSecurityPolicy.tileSource("https://{s}.tile.example.org/{z}/{x}/{y}.png"))
        .isEqualTo("https://*.tile.example.org");
    assertThat(ContentSecurityPolicy.tileSource("http://host:8088/t?x={x}"))
        .isEqualTo("http://host:8088");
  }

  @Test
  void nothingUsableGivesNoSource() {
    assertThat(ContentSecurityPolicy.tileSource(null)).isNull();
    assertThat(ContentSecurityPolicy.tileSource("")).isNull();
    assertThat(ContentSecurityPolicy.tileSource("javascript:alert(1)")).isNull();
    assertThat(ContentSecurityPolicy.tileSource("https://a.com; script-src *")).isNull();
    assertThat(ContentSecurityPolicy.tileSource("https://x.{s}.example.com/")).isNull();
  }
}
