package org.gridlink.common.ratelimit;

import io.micronaut.http.HttpStatus;
import java.time.Duration;
import org.gridlink.common.web.ProblemException;

/** A 429 problem telling the person how long to wait. */
public class RateLimitExceededException extends ProblemException {
  private final Duration retryAfter;

  public RateLimitExceededException(Duration retryAfter) {
    super(
        HttpStatus.TOO_MANY_REQUESTS,
        "too-many-requests",
        "problem.too-many-requests.wait",
        Math.max(1, (retryAfter.toMillis() + 999) / 1000));
    this.retryAfter = retryAfter;
  }

  public Duration retryAfter() {
    return retryAfter;
  }
}
