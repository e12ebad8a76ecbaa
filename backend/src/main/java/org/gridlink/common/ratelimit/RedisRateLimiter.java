package org.gridlink.common.ratelimit;

import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.StatefulRedisConnection;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;

/**
 * Fixed-window counter in Redis. One Lua script increments and sets the expiry atomically, so a
 * crash between the two can never leave a key that never expires.
 */
@Singleton
@Requires(property = "redis.uri")
class RedisRateLimiter implements RateLimiter {
  private static final String PREFIX = "gridlink:ratelimit:";
  private static final String SCRIPT =
      "local c = redis.call('INCR', KEYS[1]) "
          + "if c == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end "
          + "local ttl = redis.call('PTTL', KEYS[1]) "
          + "if ttl < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) ttl = tonumber(ARGV[1]) end "
          + "return {c, ttl}";

  private final StatefulRedisConnection<String, String> redis;

  RedisRateLimiter(StatefulRedisConnection<String, String> redis) {
    this.redis = redis;
  }

  @Override
  public Decision acquire(String key, int limit, Duration window) {
    List<Long> result =
        redis
            .sync()
            .eval(
                SCRIPT,
                ScriptOutputType.MULTI,
                new String[] {PREFIX + key},
                Long.toString(window.toMillis()));
    long count = result.get(0);
    boolean allowed = count <= limit;
    return new Decision(allowed, count, allowed ? Duration.ZERO : Duration.ofMillis(result.get(1)));
  }
}
