package org.gridlink.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The median read from a distribution of (seconds, how many cases) pairs, shortest first. */
class DepartmentOutcomeMedianTest {
  @Test
  void anOddCountTakesTheMiddleValue() {
    // 10, 20, 80 hours.
    assertThat(DepartmentOutcomeQuery.median(pairs(36_000, 1, 72_000, 1, 288_000, 1)))
        .isEqualTo(72_000);
    assertThat(DepartmentOutcomeQuery.median(pairs(5, 1))).isEqualTo(5);
  }

  @Test
  void anEvenCountTakesTheMeanOfTheTwoMiddleValuesAcrossRepeatedValues() {
    // 1, 2, 2, 2, 7, 9: the third and fourth are both 2.
    assertThat(DepartmentOutcomeQuery.median(pairs(1, 1, 2, 3, 7, 1, 9, 1))).isEqualTo(2);
    // 1, 2, 7, 9: (2 + 7) / 2.
    assertThat(DepartmentOutcomeQuery.median(pairs(1, 1, 2, 1, 7, 1, 9, 1))).isEqualTo(4.5);
    // 4, 4, 10, 10.
    assertThat(DepartmentOutcomeQuery.median(pairs(4, 2, 10, 2))).isEqualTo(7);
  }

  private static List<long[]> pairs(long... valueCount) {
    List<long[]> out = new java.util.ArrayList<>();
    for (int i = 0; i < valueCount.length; i += 2) {
      out.add(new long[] {valueCount[i], valueCount[i + 1]});
    }
    return out;
  }
}
