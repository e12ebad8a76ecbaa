package org.gridlink.governance;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The embedded-mode stand-in for {@link RedisNonceStore}: same expiry, one JVM. */
@Singleton
@Requires(missingProperty = "redis.uri")
class InProcessNonceStore implements NonceStore {
  private final Clock clock;
  private final Map<String, Long> expiries = new ConcurrentHashMap<>();

  InProcessNonceStore(Clock clock) {
    this.clock = clock;
  }

  @Override
  public boolean firstUse(String nonce, Duration ttl) {
    long now = clock.millis();
    boolean[] fresh = {false};
    expiries.compute(
        nonce,
        (k, until) -> {
          if (until == null || until <= now) {
            fresh[0] = true;
            return now + ttl.toMillis();
          }
          return until;
        });
    return fresh[0];
  }

  /** Forget expired nonces so the map does not grow with every request ever seen. */
  @Scheduled(fixedDelay = "1m")
  void evictExpired() {
    long now = clock.millis();
    expiries.values().removeIf(until -> until <= now);
  }
}
