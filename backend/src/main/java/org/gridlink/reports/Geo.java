package org.gridlink.reports;

/** Distances on the earth's surface, good to a metre at city scale. */
final class Geo {
  private static final double EARTH_RADIUS_M = 6_371_008.8;

  private Geo() {}

  static double metres(double lat1, double lng1, double lat2, double lng2) {
    double p1 = Math.toRadians(lat1);
    double p2 = Math.toRadians(lat2);
    double dp = p2 - p1;
    double dl = Math.toRadians(lng2 - lng1);
    double a =
        Math.sin(dp / 2) * Math.sin(dp / 2)
            + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
    return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(a)));
  }

  /** Degrees of latitude spanning {@code metres}. */
  static double latDegrees(double metres) {
    return Math.toDegrees(metres / EARTH_RADIUS_M);
  }

  /** Degrees of longitude spanning {@code metres} at latitude {@code lat}. */
  static double lngDegrees(double metres, double lat) {
    return latDegrees(metres) / Math.max(0.01, Math.cos(Math.toRadians(lat)));
  }

  /** Rounds a coordinate to about 100 m, for anonymous reports seen by the public. */
  static double coarse(double degrees) {
    return Math.round(degrees * 1000.0) / 1000.0;
  }
}
