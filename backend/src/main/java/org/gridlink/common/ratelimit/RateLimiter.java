package org.gridlink.common.ratelimit;

import java.time.Duration;

/**
 * Counts attempts per key in fixed windows. Redis-backed when {@code redis.uri} is set, so every
 * instance shares the counts; in-process otherwise (embedded mode, one instance).
 */
public interface RateLimiter {

  /** Records one attempt for {@code key}; says whether it is within {@code limit} per window. */
  Decision acquire(String key, int limit, Duration window);

  /** The outcome of one attempt; {@code retryAfter} is zero when allowed. */
  record Decision(boolean allowed, long count, Duration retryAfter) {}
}
