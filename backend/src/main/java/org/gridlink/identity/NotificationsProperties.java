package org.gridlink.identity;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Resident notifications ({@code gridlink.notifications.*}). {@code templates} maps a notice kind
 * to the WeChat subscribe-message template id approved for it (e.g. {@code templates.REPORT_STATUS:
 * abc...}); a kind without a template is in-app only. The three field names are the template's
 * keywords that receive title, body and time (WeChat "thing" fields take at most 20 characters, so
 * longer text is cut there, never in-app).
 */
@ConfigurationProperties("gridlink.notifications")
public class NotificationsProperties {
  @NotNull private Map<String, String> templates = new HashMap<>();
  @NotBlank private String titleField = "thing1";
  @NotBlank private String bodyField = "thing2";
  @NotBlank private String timeField = "time3";

  public Map<String, String> getTemplates() {
    return templates;
  }

  public void setTemplates(Map<String, String> templates) {
    this.templates = templates;
  }

  /** The template for a kind, or null when none (or a blank one) is configured. */
  @Nullable
  String template(String kind) {
    // Configuration may spell the kind REPORT_STATUS, report_status or report-status.
    for (Map.Entry<String, String> e : templates.entrySet()) {
      String key = e.getKey().toUpperCase(Locale.ROOT).replace('-', '_');
      if (key.equals(kind) && e.getValue() != null && !e.getValue().isBlank()) {
        return e.getValue().trim();
      }
    }
    return null;
  }

  public String getTitleField() {
    return titleField;
  }

  public void setTitleField(String titleField) {
    this.titleField = titleField;
  }

  public String getBodyField() {
    return bodyField;
  }

  public void setBodyField(String bodyField) {
    this.bodyField = bodyField;
  }

  public String getTimeField() {
    return timeField;
  }

  public void setTimeField(String timeField) {
    this.timeField = timeField;
  }
}
