package org.gridlink.volunteers;

import java.util.List;
import java.util.Map;

/**
 * Sorted sets holding the leaderboards: Redis (shared by instances) or in-process (embedded mode).
 * A board that exists holds a marker member below every real score, so "the key is missing" means
 * "never built or lost", never "built but empty": a lost board is rebuilt, not silently restarted
 * from zero by the next increment.
 */
interface LeaderboardStore {
  /** The member (e.g. a volunteer id) and its score. */
  record Entry(String member, double score) {}

  /** Adds {@code delta} to a member only if the board exists; false when it must be rebuilt. */
  boolean incrementIfPresent(String key, String member, double delta);

  /** The highest {@code limit} entries, best first; empty when the board does not exist. */
  java.util.Optional<List<Entry>> top(String key, int limit);

  /** Replaces the whole board at once with these scores. */
  void replace(String key, Map<String, Double> scores);
}
