package org.gridlink.grids;

import io.micronaut.serde.annotation.Serdeable;

/** A point in WGS-84 (CGCS2000), the system GridLink stores and sends on. */
@Serdeable
public record WgsPoint(double lat, double lng) {
  /** The mean earth radius (IUGG), in metres. */
  public static final double EARTH_RADIUS_M = 6_371_008.8;

  /**
   * Great-circle distance in metres (haversine on the mean sphere): within 0.5 % of the ellipsoid
   * everywhere, well under a metre at the tens of metres of a geofence or a boundary margin.
   */
  public double metresTo(WgsPoint other) {
    double p1 = Math.toRadians(lat);
    double p2 = Math.toRadians(other.lat);
    double dp = p2 - p1;
    double dl = Math.toRadians(other.lng - lng);
    double a =
        Math.sin(dp / 2) * Math.sin(dp / 2)
            + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
    return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(a)));
  }
}
