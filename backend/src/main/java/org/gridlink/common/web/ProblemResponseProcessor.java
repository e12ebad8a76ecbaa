package org.gridlink.common.web;

import io.micronaut.context.annotation.Primary;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns every framework error (404, 405, 413, 415, bad JSON, bad parameters, security rejections,
 * unexpected failures) into a problem document. Framework and exception text never reaches the
 * client: it can name classes, values or secrets. Field errors keep only the field's name.
 */
@Primary
@Singleton
class ProblemResponseProcessor implements ErrorResponseProcessor<Problem> {
  private static final Logger LOG = LoggerFactory.getLogger(ProblemResponseProcessor.class);

  private final ProblemFactory problems;

  ProblemResponseProcessor(ProblemFactory problems) {
    this.problems = problems;
  }

  @Override
  public MutableHttpResponse<Problem> processResponse(
      ErrorContext context, MutableHttpResponse<?> baseResponse) {
    HttpRequest<?> request = context.getRequest();
    HttpStatus status = baseResponse.getStatus();
    if (status.getCode() >= 500) {
      context
          .getRootCause()
          .ifPresent(
              e ->
                  LOG.error(
                      "Unexpected failure on {} {}", request.getMethod(), request.getPath(), e));
    }
    List<Problem.FieldError> fields =
        context.getErrors().stream()
            .map(Error::getPath)
            .flatMap(java.util.Optional::stream)
            .map(path -> fieldError(request, path))
            .toList();
    String slug = slugFor(status, !fields.isEmpty());
    Problem body = problems.problem(request, status, slug, fields, "problem." + slug + ".detail");
    return baseResponse.contentType(ProblemFactory.PROBLEM_JSON).body(body);
  }

  private Problem.FieldError fieldError(HttpRequest<?> request, String path) {
    String field = FieldPaths.simplify(path);
    return new Problem.FieldError(field, problems.fieldInvalid(request, field));
  }

  static String slugFor(HttpStatus status, boolean hasFieldErrors) {
    return switch (status) {
      case BAD_REQUEST -> hasFieldErrors ? "validation-failed" : "bad-request";
      case UNAUTHORIZED -> "unauthorized";
      case FORBIDDEN -> "forbidden";
      case NOT_FOUND -> "not-found";
      case METHOD_NOT_ALLOWED -> "method-not-allowed";
      case NOT_ACCEPTABLE -> "not-acceptable";
      case CONFLICT -> "conflict";
      case REQUEST_ENTITY_TOO_LARGE -> "payload-too-large";
      case UNSUPPORTED_MEDIA_TYPE -> "unsupported-media-type";
      case UNPROCESSABLE_ENTITY -> "unprocessable";
      case TOO_MANY_REQUESTS -> "too-many-requests";
      case SERVICE_UNAVAILABLE -> "service-unavailable";
      default -> status.getCode() >= 500 ? "internal-error" : "bad-request";
    };
  }
}
