package org.gridlink.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.gridlink.common.ratelimit.RateLimiter;
import org.gridlink.support.Api;
import org.junit.jupiter.api.Test;

/** The rate limiter: in-process on the embedded run, Redis (Lettuce) on the MariaDB run. */
abstract class RateLimiterContract {
  @Inject RateLimiter limiter;
  @Inject Api api;

  abstract String expectedImplementation();

  @Test
  void theRightImplementationIsWired() {
    assertThat(limiter.getClass().getSimpleName()).startsWith(expectedImplementation());
  }

  @Test
  void allowsUpToTheLimitThenTellsHowLongToWait() {
    String key = "test:" + UUID.randomUUID();
    for (int i = 1; i <= 3; i++) {
      var d = limiter.acquire(key, 3, Duration.ofMinutes(1));
      assertThat(d.allowed()).isTrue();
      assertThat(d.count()).isEqualTo(i);
    }
    var denied = limiter.acquire(key, 3, Duration.ofMinutes(1));
    assertThat(denied.allowed()).isFalse();
    assertThat(denied.retryAfter()).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(1));
    assertThat(limiter.acquire("test:" + UUID.randomUUID(), 3, Duration.ofMinutes(1)).allowed())
        .isTrue();
  }

  @Test
  @Property(name = "gridlink.login.rate-limit-per-minute", value = "3")
  void loginIsRateLimitedPerClientAddress() {
    Api.Response last = null;
    for (int i = 0; i < 25; i++) {
      last =
          api.post("/api/v1/auth/login", Map.of("username", "rl-" + i, "password", "Whatever-2026"))
              .send();
      if (last.status() == 429) {
        break;
      }
    }
    assertThat(last.status()).isEqualTo(429);
    assertThat(last.header("Retry-After")).matches("\\d+");
    assertThat(last.text("type")).isEqualTo("urn:gridlink:problem:too-many-requests");
  }
}
