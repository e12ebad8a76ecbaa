package org.gridlink.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
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

  /**
   * Every problem type the code throws ({@code new ProblemException(HttpStatus.X, "slug", ...)})
   * has a title, so a problem+json answer never shows "problem.slug.title" to a person.
   */
  @Test
  void everyProblemTypeThrownHasATitle() throws IOException {
    Pattern thrown =
        Pattern.compile("ProblemException\\(\\s*HttpStatus\\.\\w+,\\s*\"([a-z0-9-]+)\"");
    Set<String> slugs = new TreeSet<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        Matcher m = thrown.matcher(Files.readString(file));
        while (m.find()) {
          slugs.add(m.group(1));
        }
      }
    }
    assertThat(slugs).contains("sold-out", "insufficient-points", "bad-request");
    Properties en = load("messages.properties");
    assertThat(slugs).allSatisfy(slug -> assertThat(en).containsKey("problem." + slug + ".title"));
  }
}
