package org.gridlink.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Every message exists in both languages, so no one ever sees a raw key. */
class MessagesBundleTest {
  private static Properties load(String name) throws IOException {
    Properties p = new Properties();
    try (var in = MessagesBundleTest.class.getResourceAsStream("/i18n/" + name)) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  @Test
  void englishAndChineseHaveTheSameKeys() throws IOException {
    Properties en = load("messages.properties");
    Properties zh = load("messages_zh.properties");
    assertThat(zh.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
    assertThat(en.values()).allSatisfy(v -> assertThat(v.toString()).doesNotContain("'"));
  }
}
