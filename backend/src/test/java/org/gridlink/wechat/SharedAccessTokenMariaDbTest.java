package org.gridlink.wechat;

import static org.assertj.core.api.Assertions.assertThat;

import cn.binarywang.wx.miniapp.config.impl.WxMaDefaultConfigImpl;
import cn.binarywang.wx.miniapp.config.impl.WxMaRedisBetterConfigImpl;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;
import org.gridlink.support.MariaDbTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * With Redis each instance has its own connection and lock objects: only Redis is shared. Also
 * checks the lock itself (owner-checked unlock, tryLock timeout, lease expiry).
 */
@MariaDbTest
class SharedAccessTokenMariaDbTest extends SharedAccessTokenContract {
  @Inject RedisClient client;
  @Inject StatefulRedisConnection<String, String> redis;
  private final List<StatefulRedisConnection<String, String>> connections = new ArrayList<>();

  @Override
  WxMaDefaultConfigImpl storeForOneInstance(String namespace) {
    StatefulRedisConnection<String, String> own = client.connect();
    connections.add(own);
    return new WxMaRedisBetterConfigImpl(
        new LettuceWxRedisOps(own, Duration.ofSeconds(30)), namespace);
  }

  @AfterEach
  void closeConnections() {
    connections.forEach(StatefulRedisConnection::close);
  }

  @Test
  void onlyTheOwnerReleasesTheLock() throws Exception {
    String key = "gridlink-test:lock:" + UUID.randomUUID();
    Lock mine = new LettuceWxRedisOps(redis, Duration.ofSeconds(30)).getLock(key);
    Lock theirs = new LettuceWxRedisOps(redis, Duration.ofSeconds(30)).getLock(key);

    assertThat(mine.tryLock()).isTrue();
    assertThat(theirs.tryLock(100, TimeUnit.MILLISECONDS)).isFalse();
    theirs.unlock(); // not theirs to release
    assertThat(theirs.tryLock()).isFalse();

    mine.unlock();
    assertThat(theirs.tryLock()).isTrue();
    theirs.unlock();
    assertThat(redis.sync().exists(key)).isZero();
  }

  @Test
  void aLockWhoseHolderDiedExpiresWithItsLease() throws Exception {
    String key = "gridlink-test:lock:" + UUID.randomUUID();
    Lock crashed = new LettuceWxRedisOps(redis, Duration.ofMillis(200)).getLock(key);
    Lock waiting = new LettuceWxRedisOps(redis, Duration.ofSeconds(30)).getLock(key);
    assertThat(crashed.tryLock()).isTrue();
    assertThat(waiting.tryLock(3, TimeUnit.SECONDS)).isTrue();
    waiting.unlock();
  }

  @Test
  void valuesExpireAsWxJavaAsks() {
    var ops = new LettuceWxRedisOps(redis, Duration.ofSeconds(30));
    String key = "gridlink-test:value:" + UUID.randomUUID();
    ops.setValue(key, "v", 60, TimeUnit.SECONDS);
    assertThat(ops.getValue(key)).isEqualTo("v");
    assertThat(ops.getExpire(key)).isBetween(55L, 60L);
    ops.expire(key, 0, TimeUnit.SECONDS);
    assertThat(ops.getValue(key)).isNull();
  }
}
