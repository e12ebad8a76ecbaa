package org.gridlink.volunteers;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

/**
 * One leaderboard: hours or points, of one community or the whole city, of one month or all time.
 */
record BoardKey(Metric metric, @Nullable String communityCode, @Nullable YearMonth month) {
  enum Metric {
    HOURS,
    POINTS
  }

  /** The Redis key, e.g. {@code gridlink:leaderboard:hours:c:320102001001:2026-11}. */
  String key(String prefix) {
    return prefix
        + metric.name().toLowerCase(java.util.Locale.ROOT)
        + ":"
        + (communityCode == null ? "city" : "c:" + communityCode)
        + ":"
        + (month == null ? "all" : month.toString());
  }

  /** Where rows count from: the month's first moment, or the beginning. */
  Instant since(ZoneId zone) {
    return month == null ? Instant.EPOCH : month.atDay(1).atStartOfDay(zone).toInstant();
  }

  /** The four boards one booking of a volunteer in a community changes. */
  static List<BoardKey> touchedBy(Metric metric, String community, YearMonth month) {
    return List.of(
        new BoardKey(metric, null, null),
        new BoardKey(metric, null, month),
        new BoardKey(metric, community, null),
        new BoardKey(metric, community, month));
  }
}
