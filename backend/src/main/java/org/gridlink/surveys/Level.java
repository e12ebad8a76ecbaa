package org.gridlink.surveys;

import java.util.Arrays;

/**
 * The four answers of a satisfaction campaign, stored as their score. "Satisfied" for the
 * satisfaction rate means BASICALLY_SATISFIED or better, as the 满意度测评 counts it.
 */
enum Level {
  DISSATISFIED(1),
  BASICALLY_SATISFIED(2),
  SATISFIED(3),
  VERY_SATISFIED(4);

  private final int score;

  Level(int score) {
    this.score = score;
  }

  int score() {
    return score;
  }

  static Level of(int score) {
    return Arrays.stream(values())
        .filter(l -> l.score == score)
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("level " + score));
  }
}
