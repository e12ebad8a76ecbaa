package org.gridlink.surveys;

/**
 * The figures a ranking needs beyond plain counts: a satisfaction rate smoothed towards the
 * city-wide mean (Bayesian average, so three happy answers do not beat three hundred mostly happy
 * ones) and the Wilson score interval at 95 %, which stays inside [0, 1] for small counts.
 */
final class Scores {
  static final double Z95 = 1.959963984540054;

  private Scores() {}

  static double rate(long satisfied, long n) {
    return n == 0 ? 0 : (double) satisfied / n;
  }

  /** (C·m + s) / (C + n): C ratings at the city-wide mean m added to the s of n observed. */
  static double bayesian(long satisfied, long n, double cityMean, int priorWeight) {
    double weight = priorWeight;
    return weight + n == 0 ? cityMean : (weight * cityMean + satisfied) / (weight + n);
  }

  /** Lower and upper bound of the Wilson interval; [0, 1] when nothing was observed. */
  static double[] wilson(long satisfied, long n) {
    if (n == 0) {
      return new double[] {0, 1};
    }
    double p = (double) satisfied / n;
    double z2 = Z95 * Z95;
    double denominator = 1 + z2 / n;
    double centre = (p + z2 / (2.0 * n)) / denominator;
    double half = Z95 * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n)) / denominator;
    return new double[] {Math.max(0, centre - half), Math.min(1, centre + half)};
  }
}
