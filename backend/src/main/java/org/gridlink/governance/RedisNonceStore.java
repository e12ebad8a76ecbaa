package org.gridlink.governance;

import io.lettuce.core.SetArgs;
import io.lettuce.core.api.StatefulRedisConnection;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Duration;

/** {@code SET NX PX}: atomic, and the key expires by itself once the timestamp is stale anyway. */
@Singleton
@Requires(property = "redis.uri")
class RedisNonceStore implements NonceStore {
  private static final String PREFIX = "gridlink:governance:nonce:";
  private final StatefulRedisConnection<String, String> redis;

  RedisNonceStore(StatefulRedisConnection<String, String> redis) {
    this.redis = redis;
  }

  @Override
  public boolean firstUse(String nonce, Duration ttl) {
    String ok = redis.sync().set(PREFIX + nonce, "1", SetArgs.Builder.nx().px(ttl.toMillis()));
    return "OK".equals(ok);
  }
}
