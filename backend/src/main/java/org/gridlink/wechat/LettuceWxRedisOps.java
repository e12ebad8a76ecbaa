package org.gridlink.wechat;

import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.SetArgs;
import io.lettuce.core.api.StatefulRedisConnection;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.Lock;
import me.chanjar.weixin.common.redis.BaseWxRedisOps;

/**
 * WxJava's Redis operations over Lettuce (WxJava ships Jedis, Redisson and RedisTemplate versions
 * only), so every GridLink instance shares one WeChat access token and only one refreshes it.
 */
class LettuceWxRedisOps extends BaseWxRedisOps {
  private final StatefulRedisConnection<String, String> redis;
  private final Duration lease;

  LettuceWxRedisOps(StatefulRedisConnection<String, String> redis, Duration lease) {
    this.redis = redis;
    this.lease = lease;
  }

  @Override
  public String getValue(String key) {
    return redis.sync().get(key);
  }

  @Override
  public void setValue(String key, String value, int expire, TimeUnit timeUnit) {
    if (expire <= 0) {
      redis.sync().set(key, value);
    } else {
      redis.sync().psetex(key, timeUnit.toMillis(expire), value);
    }
  }

  @Override
  public Long getExpire(String key) {
    return redis.sync().ttl(key);
  }

  @Override
  public void expire(String key, int expire, TimeUnit timeUnit) {
    redis.sync().pexpire(key, timeUnit.toMillis(expire));
  }

  @Override
  public Lock getLock(String key) {
    return new RedisLock(redis, key, lease);
  }

  /**
   * A lease lock: SET NX PX takes it, a Lua compare-and-delete releases it only for its owner (so a
   * holder whose lease ran out never frees a lock someone else has taken since). Not reentrant.
   */
  static final class RedisLock implements Lock {
    private static final String UNLOCK =
        "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) "
            + "else return 0 end";
    private static final long POLL_MILLIS = 20;

    private final StatefulRedisConnection<String, String> redis;
    private final String key;
    private final Duration lease;
    private final String instance = UUID.randomUUID().toString();

    RedisLock(StatefulRedisConnection<String, String> redis, String key, Duration lease) {
      this.redis = redis;
      this.key = key;
      this.lease = lease;
    }

    /** Owner: this lock object on this thread. */
    private String owner() {
      return instance + ":" + Thread.currentThread().getId();
    }

    @Override
    public boolean tryLock() {
      String ok = redis.sync().set(key, owner(), SetArgs.Builder.nx().px(lease.toMillis()));
      return "OK".equals(ok);
    }

    @Override
    public boolean tryLock(long time, TimeUnit unit) throws InterruptedException {
      long deadline = System.nanoTime() + unit.toNanos(time);
      while (true) {
        if (tryLock()) {
          return true;
        }
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          return false;
        }
        TimeUnit.NANOSECONDS.sleep(Math.min(left, TimeUnit.MILLISECONDS.toNanos(POLL_MILLIS)));
      }
    }

    @Override
    public void lock() {
      boolean interrupted = false;
      while (!tryLock()) {
        try {
          Thread.sleep(POLL_MILLIS);
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }

    @Override
    public void lockInterruptibly() throws InterruptedException {
      while (!tryLock()) {
        Thread.sleep(POLL_MILLIS);
      }
    }

    /** Releases the lock if this thread still owns it; otherwise leaves it alone. */
    @Override
    public void unlock() {
      redis.sync().eval(UNLOCK, ScriptOutputType.INTEGER, new String[] {key}, owner());
    }

    @Override
    public Condition newCondition() {
      throw new UnsupportedOperationException("Redis locks have no conditions");
    }
  }
}
