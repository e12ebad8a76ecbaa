package org.gridlink.common.web;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import org.gridlink.common.ratelimit.RateLimitExceededException;

/**
 * Answers a {@link ProblemException} thrown anywhere (controller, service or filter) with its
 * problem document. A global error route rather than an {@code ExceptionHandler} bean: Micronaut
 * finds error routes by scanning a short list, but looks an exception handler up in the bean
 * context, whose small candidate cache a busy server keeps evicting, so every refusal (a sold-out
 * item in a flash sale is thousands of them) paid a scan of every bean definition.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS) // never routed to; the refused request was already checked
class ProblemErrorRoute {
  private final ProblemFactory problems;

  ProblemErrorRoute(ProblemFactory problems) {
    this.problems = problems;
  }

  @Error(global = true, exception = ProblemException.class)
  HttpResponse<?> problem(HttpRequest<?> request, ProblemException exception) {
    MutableHttpResponse<?> response = problems.response(request, exception);
    if (exception instanceof RateLimitExceededException limited) {
      long seconds = Math.max(1, (limited.retryAfter().toMillis() + 999) / 1000);
      response.header(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
    }
    return response;
  }
}
