package org.gridlink.common.web;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.validation.exceptions.ConstraintExceptionHandler;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Validation failures as a problem listing each offending field with a localised message built from
 * the constraint (e.g. {@code validation.Size} with its min and max), not the validator's English
 * default text.
 */
@Produces
@Singleton
@Replaces(ConstraintExceptionHandler.class)
class ConstraintViolationHandler
    implements ExceptionHandler<ConstraintViolationException, HttpResponse<?>> {
  private final ProblemFactory problems;
  private final Messages messages;

  ConstraintViolationHandler(ProblemFactory problems, Messages messages) {
    this.problems = problems;
    this.messages = messages;
  }

  @Override
  public HttpResponse<?> handle(HttpRequest request, ConstraintViolationException exception) {
    List<Problem.FieldError> errors =
        exception.getConstraintViolations().stream()
            .map(v -> toFieldError(request, v))
            .sorted(Comparator.comparing(Problem.FieldError::field))
            .toList();
    Problem body =
        problems.problem(
            request,
            HttpStatus.BAD_REQUEST,
            "validation-failed",
            errors,
            "problem.validation-failed.detail");
    return HttpResponse.badRequest(body).contentType(ProblemFactory.PROBLEM_JSON);
  }

  private Problem.FieldError toFieldError(HttpRequest<?> request, ConstraintViolation<?> v) {
    String field = FieldPaths.simplify(v.getPropertyPath().toString());
    Map<String, Object> attrs = v.getConstraintDescriptor().getAttributes();
    String template = v.getMessageTemplate();
    String key;
    if (template != null && template.startsWith("{gridlink.")) {
      key = template.substring(1, template.length() - 1);
    } else {
      key =
          "validation."
              + v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
    }
    String message =
        messages.get(
            request,
            key,
            field,
            attrs.getOrDefault("min", ""),
            attrs.getOrDefault("max", ""),
            attrs.getOrDefault("value", ""));
    if (message.equals(key)) {
      message = problems.fieldInvalid(request, field);
    }
    return new Problem.FieldError(field, message);
  }
}
