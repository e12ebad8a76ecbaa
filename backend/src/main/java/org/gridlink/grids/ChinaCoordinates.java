package org.gridlink.grids;

/**
 * WGS-84 ⇄ GCJ-02. The forward transform is the published formula; the inverse iterates it to a
 * fixed point, which lands within millimetres of the formula (the usual one-step inverse is off by
 * up to several metres, and near a grid boundary metres matter).
 */
final class ChinaCoordinates {
  private static final double A = 6378245.0;
  private static final double EE = 0.00669342162296594323;
  private static final int MAX_ITERATIONS = 30;
  private static final double TOLERANCE_DEGREES = 1e-12;

  private ChinaCoordinates() {}

  /** Longitude and latitude, in that order (x, y). */
  record LngLat(double lng, double lat) {}

  /** The rough rectangle the GCJ-02 offset applies to; outside it GCJ-02 equals WGS-84. */
  static boolean outsideChina(double lat, double lng) {
    return lng < 72.004 || lng > 137.8347 || lat < 0.8293 || lat > 55.8271;
  }

  static LngLat wgs84ToGcj02(double lat, double lng) {
    double dLat = transformLat(lng - 105.0, lat - 35.0);
    double dLng = transformLng(lng - 105.0, lat - 35.0);
    double radLat = lat / 180.0 * Math.PI;
    double magic = Math.sin(radLat);
    magic = 1 - EE * magic * magic;
    double sqrtMagic = Math.sqrt(magic);
    dLat = (dLat * 180.0) / ((A * (1 - EE)) / (magic * sqrtMagic) * Math.PI);
    dLng = (dLng * 180.0) / (A / sqrtMagic * Math.cos(radLat) * Math.PI);
    return new LngLat(lng + dLng, lat + dLat);
  }

  /** The WGS-84 point whose forward transform is the given GCJ-02 point. */
  static LngLat gcj02ToWgs84(double lat, double lng) {
    double wLat = lat;
    double wLng = lng;
    for (int i = 0; i < MAX_ITERATIONS; i++) {
      LngLat g = wgs84ToGcj02(wLat, wLng);
      double eLat = lat - g.lat();
      double eLng = lng - g.lng();
      wLat += eLat;
      wLng += eLng;
      if (Math.abs(eLat) < TOLERANCE_DEGREES && Math.abs(eLng) < TOLERANCE_DEGREES) {
        break;
      }
    }
    return new LngLat(wLng, wLat);
  }

  private static double transformLat(double x, double y) {
    double ret =
        -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x));
    ret += (20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
    ret += (20.0 * Math.sin(y * Math.PI) + 40.0 * Math.sin(y / 3.0 * Math.PI)) * 2.0 / 3.0;
    ret += (160.0 * Math.sin(y / 12.0 * Math.PI) + 320 * Math.sin(y * Math.PI / 30.0)) * 2.0 / 3.0;
    return ret;
  }

  private static double transformLng(double x, double y) {
    double ret = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x));
    ret += (20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
    ret += (20.0 * Math.sin(x * Math.PI) + 40.0 * Math.sin(x / 3.0 * Math.PI)) * 2.0 / 3.0;
    ret +=
        (150.0 * Math.sin(x / 12.0 * Math.PI) + 300.0 * Math.sin(x / 30.0 * Math.PI)) * 2.0 / 3.0;
    return ret;
  }
}
