package org.gridlink.servicerequests;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpStatus;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.gridlink.common.web.Messages;
import org.gridlink.common.web.Problem;
import org.gridlink.common.web.ProblemException;

/**
 * Reads and writes a type's form (JSON in the row) and checks a resident's answers against it on
 * the server: no unknown fields, required ones filled, lengths, phone shape, choices from the list.
 */
@Singleton
class RequestForms {
  private static final Pattern PHONE = Pattern.compile("[0-9+\\- ]{5,20}");
  private static final Argument<List<FieldSpec>> SPECS = Argument.listOf(FieldSpec.class);
  private static final Argument<Map<String, String>> ANSWERS =
      Argument.mapOf(String.class, String.class);
  private final JsonMapper json;
  private final Messages messages;

  RequestForms(JsonMapper json, Messages messages) {
    this.json = json;
    this.messages = messages;
  }

  List<FieldSpec> fields(String fieldsJson) {
    return read(fieldsJson, SPECS);
  }

  Map<String, String> answers(String answersJson) {
    return read(answersJson, ANSWERS);
  }

  String write(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (IOException e) {
      throw new IllegalStateException("Form data cannot be written as JSON", e);
    }
  }

  /** The answers trimmed and in form order, or a 400 problem listing every offending field. */
  Map<String, String> check(List<FieldSpec> fields, Map<String, String> answers, Locale locale) {
    List<Problem.FieldError> errors = new ArrayList<>();
    Map<String, String> clean = new LinkedHashMap<>();
    var known = new HashSet<String>();
    for (FieldSpec f : fields) {
      known.add(f.key());
      String value = answers.get(f.key());
      value = value == null ? "" : value.trim();
      String problem = problemWith(f, value);
      if (problem != null) {
        errors.add(
            new Problem.FieldError(
                "answers." + f.key(),
                messages.get(locale, problem, label(f, locale), f.maxLength())));
      } else if (!value.isEmpty()) {
        clean.put(f.key(), value);
      }
    }
    for (String key : answers.keySet()) {
      if (!known.contains(key)) {
        errors.add(
            new Problem.FieldError(
                "answers." + key, messages.get(locale, "servicerequests.field-unknown")));
      }
    }
    if (!errors.isEmpty()) {
      throw new ProblemException(
          HttpStatus.BAD_REQUEST, "bad-request", "servicerequests.form-invalid", errors);
    }
    return clean;
  }

  private static String problemWith(FieldSpec f, String value) {
    if (value.isEmpty()) {
      return f.required() ? "servicerequests.field-required" : null;
    }
    if (value.length() > f.maxLength()) {
      return "servicerequests.field-too-long";
    }
    if (f.type() == FieldSpec.FieldType.PHONE && !PHONE.matcher(value).matches()) {
      return "servicerequests.field-phone";
    }
    if (f.type() == FieldSpec.FieldType.CHOICE && !f.options().contains(value)) {
      return "servicerequests.field-choice";
    }
    return null;
  }

  private static String label(FieldSpec f, Locale locale) {
    return "zh".equals(locale.getLanguage()) ? f.labelZh() : f.labelEn();
  }

  private <T> T read(String text, Argument<T> type) {
    try {
      return json.readValue(text, type);
    } catch (IOException e) {
      throw new IllegalStateException("Stored form data is not valid JSON", e);
    }
  }
}
