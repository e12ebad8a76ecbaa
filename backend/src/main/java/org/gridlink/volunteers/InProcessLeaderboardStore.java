package org.gridlink.volunteers;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The embedded-mode stand-in for {@link RedisLeaderboardStore}: the same boards, one JVM. */
@Singleton
@Requires(missingProperty = "redis.uri")
class InProcessLeaderboardStore implements LeaderboardStore {
  private final Map<String, Map<String, Double>> boards = new ConcurrentHashMap<>();

  @Override
  public boolean incrementIfPresent(String key, String member, double delta) {
    return boards.computeIfPresent(
            key,
            (k, board) -> {
              board.merge(member, delta, Double::sum);
              return board;
            })
        != null;
  }

  @Override
  public Optional<List<Entry>> top(String key, int limit) {
    Map<String, Double> board = boards.get(key);
    if (board == null) {
      return Optional.empty();
    }
    return Optional.of(
        board.entrySet().stream()
            .map(e -> new Entry(e.getKey(), e.getValue()))
            .sorted(Comparator.comparingDouble(Entry::score).reversed())
            .limit(limit)
            .toList());
  }

  @Override
  public void replace(String key, Map<String, Double> scores) {
    boards.put(key, new ConcurrentHashMap<>(scores));
  }

  /** Forgets a board, as Redis does when it loses keys (tests of the rebuild). */
  void forget(String key) {
    boards.remove(key);
  }
}
