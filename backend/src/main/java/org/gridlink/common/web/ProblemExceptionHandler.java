package org.gridlink.common.web;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.gridlink.common.ratelimit.RateLimitExceededException;

/** Answers a {@link ProblemException} thrown anywhere with its problem document. */
@Produces
@Singleton
@Requires(classes = {ProblemException.class, ExceptionHandler.class})
class ProblemExceptionHandler implements ExceptionHandler<ProblemException, HttpResponse<?>> {
  private final ProblemFactory problems;

  ProblemExceptionHandler(ProblemFactory problems) {
    this.problems = problems;
  }

  @Override
  public HttpResponse<?> handle(HttpRequest request, ProblemException exception) {
    MutableHttpResponse<?> response = problems.response(request, exception);
    if (exception instanceof RateLimitExceededException limited) {
      long seconds = Math.max(1, (limited.retryAfter().toMillis() + 999) / 1000);
      response.header(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
    }
    return response;
  }
}
