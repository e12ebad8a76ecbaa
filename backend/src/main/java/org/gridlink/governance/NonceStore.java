package org.gridlink.governance;

import java.time.Duration;

/**
 * Remembers signature nonces for as long as their timestamps are acceptable. Redis-backed when
 * {@code redis.uri} is set, so a nonce is spent on every instance; in-process otherwise.
 */
interface NonceStore {
  /** True the first time {@code nonce} is seen within {@code ttl}; false for a replay. */
  boolean firstUse(String nonce, Duration ttl);
}
