package org.gridlink.reports;

import org.gridlink.grids.WgsPoint;

/** Distances on the earth's surface, good to a metre at city scale. */
final class Geo {
  private static final double EARTH_RADIUS_M = WgsPoint.EARTH_RADIUS_M;

  private Geo() {}

  static double metres(double lat1, double lng1, double lat2, double lng2) {
    return new WgsPoint(lat1, lng1).metresTo(new WgsPoint(lat2, lng2));
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
