package org.gridlink.common.ratelimit;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The embedded-mode stand-in for {@link RedisRateLimiter}: same windows, one JVM. */
@Singleton
@Requires(missingProperty = "redis.uri")
class InProcessRateLimiter implements RateLimiter {
  private final Clock clock;
  private final Map<String, Window> windows = new ConcurrentHashMap<>();

  InProcessRateLimiter(Clock clock) {
    this.clock = clock;
  }

  @Override
  public Decision acquire(String key, int limit, Duration window) {
    long now = clock.millis();
    Window w =
        windows.compute(
            key,
            (k, old) ->
                old == null || old.endsAt <= now
                    ? new Window(now + window.toMillis(), 1)
                    : new Window(old.endsAt, old.count + 1));
    boolean allowed = w.count <= limit;
    return new Decision(
        allowed, w.count, allowed ? Duration.ZERO : Duration.ofMillis(w.endsAt - now));
  }

  /** Forget finished windows so the map does not grow with every key ever seen. */
  @Scheduled(fixedDelay = "1m")
  void evictExpired() {
    long now = clock.millis();
    windows.values().removeIf(w -> w.endsAt <= now);
  }

  private record Window(long endsAt, long count) {}
}
