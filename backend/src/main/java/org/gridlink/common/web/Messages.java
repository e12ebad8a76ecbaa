package org.gridlink.common.web;

import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Localised messages for people: zh-CN first, English when the request's {@code Accept-Language}
 * prefers it. Bundles: {@code i18n/messages.properties} (English, the root) and {@code
 * i18n/messages_zh.properties}, both UTF-8. No fallback to the JVM's default locale, so the answer
 * does not depend on how the server's operating system is set up. Messages use {@link
 * MessageFormat}: write no apostrophes in them.
 */
@Singleton
public class Messages {
  public static final Locale DEFAULT_LOCALE = Locale.SIMPLIFIED_CHINESE;
  private static final String BUNDLE = "i18n.messages";
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  /** The locale to answer in: English if the client asks for it first, otherwise Chinese. */
  public static Locale localeOf(HttpRequest<?> request) {
    String header = request == null ? null : request.getHeaders().get("Accept-Language");
    if (header == null || header.isBlank()) {
      return DEFAULT_LOCALE;
    }
    try {
      for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
        String tag = range.getRange().toLowerCase(Locale.ROOT);
        if (tag.startsWith("zh")) {
          return DEFAULT_LOCALE;
        }
        if (tag.startsWith("en")) {
          return Locale.ENGLISH;
        }
      }
    } catch (IllegalArgumentException malformed) {
      return DEFAULT_LOCALE;
    }
    return DEFAULT_LOCALE;
  }

  // Looked up once: every error answer needs two messages, and a missing key must not cost the
  // exception ResourceBundle.getString throws.
  private final ResourceBundle chinese =
      ResourceBundle.getBundle(BUNDLE, DEFAULT_LOCALE, NO_FALLBACK);
  private final ResourceBundle english =
      ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH, NO_FALLBACK);

  /** The message, or the key itself when no bundle has it. */
  public String get(Locale locale, String key, Object... args) {
    boolean zh = "zh".equals(locale.getLanguage());
    ResourceBundle bundle = zh ? chinese : english;
    if (!bundle.containsKey(key)) {
      return key;
    }
    String pattern = bundle.getString(key);
    if (args.length == 0 && pattern.indexOf('{') < 0) {
      return pattern; // nothing for MessageFormat to do (messages have no apostrophes)
    }
    return new MessageFormat(pattern, zh ? DEFAULT_LOCALE : Locale.ENGLISH).format(args);
  }

  public String get(HttpRequest<?> request, String key, Object... args) {
    return get(localeOf(request), key, args);
  }
}
