package org.gridlink.volunteers;

import io.lettuce.core.Range;
import io.lettuce.core.ScoredValue;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Leaderboards in Redis sorted sets, shared by every instance. */
@Singleton
@Requires(property = "redis.uri")
class RedisLeaderboardStore implements LeaderboardStore {
  static final String MARKER = "~built";
  private static final double MARKER_SCORE = -1;

  /** ZINCRBY only on an existing board, atomically (no half-made board after a loss). */
  private static final String INCREMENT_IF_PRESENT =
      "if redis.call('EXISTS', KEYS[1]) == 1 then "
          + "redis.call('ZINCRBY', KEYS[1], ARGV[1], ARGV[2]) return 1 end return 0";

  private final StatefulRedisConnection<String, String> redis;

  RedisLeaderboardStore(StatefulRedisConnection<String, String> redis) {
    this.redis = redis;
  }

  @Override
  public boolean incrementIfPresent(String key, String member, double delta) {
    Long done =
        redis
            .sync()
            .eval(
                INCREMENT_IF_PRESENT,
                ScriptOutputType.INTEGER,
                new String[] {key},
                Double.toString(delta),
                member);
    return done != null && done == 1L;
  }

  @Override
  public Optional<List<Entry>> top(String key, int limit) {
    RedisCommands<String, String> cmd = redis.sync();
    List<ScoredValue<String>> rows =
        cmd.zrevrangebyscoreWithScores(
            key,
            Range.create(0d, Double.POSITIVE_INFINITY),
            io.lettuce.core.Limit.create(0, limit));
    if (rows.isEmpty() && cmd.exists(key) == 0) {
      return Optional.empty();
    }
    return Optional.of(rows.stream().map(v -> new Entry(v.getValue(), v.getScore())).toList());
  }

  /**
   * Writes the board under a temporary key and renames it over the old one: readers never see half.
   */
  @Override
  public void replace(String key, Map<String, Double> scores) {
    RedisCommands<String, String> cmd = redis.sync();
    String temp = key + ":rebuild:" + UUID.randomUUID();
    cmd.zadd(temp, MARKER_SCORE, MARKER);
    for (Map.Entry<String, Double> e : scores.entrySet()) {
      cmd.zadd(temp, e.getValue(), e.getKey());
    }
    cmd.rename(temp, key);
  }
}
