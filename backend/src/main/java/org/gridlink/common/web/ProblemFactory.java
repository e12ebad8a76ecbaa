package org.gridlink.common.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;
import java.util.List;

/** Builds problem responses, so every error path produces the same shape. */
@Singleton
public class ProblemFactory {
  public static final String TYPE_PREFIX = "urn:gridlink:problem:";
  public static final MediaType PROBLEM_JSON = MediaType.of("application/problem+json");

  private final Messages messages;

  public ProblemFactory(Messages messages) {
    this.messages = messages;
  }

  public Problem problem(
      HttpRequest<?> request,
      HttpStatus status,
      String slug,
      List<Problem.FieldError> errors,
      String detailKey,
      Object... args) {
    String title = messages.get(request, "problem." + slug + ".title");
    String detail = messages.get(request, detailKey, args);
    return new Problem(
        TYPE_PREFIX + slug,
        title,
        status.getCode(),
        detail,
        request == null ? null : RequestIdFilter.requestId(request),
        errors == null || errors.isEmpty() ? null : errors);
  }

  /** The generic "this field is not valid" message, for errors without a finer rule. */
  public String fieldInvalid(HttpRequest<?> request, String field) {
    return messages.get(request, "validation.invalid", field);
  }

  public MutableHttpResponse<Problem> response(HttpRequest<?> request, ProblemException e) {
    Problem body = problem(request, e.status(), e.slug(), e.errors(), e.messageKey(), e.args());
    return HttpResponse.<Problem>status(e.status()).contentType(PROBLEM_JSON).body(body);
  }
}
