package org.gridlink.grids;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;

/**
 * An equirectangular projection to metres around one reference point. Over a city (tens of
 * kilometres) its scale error stays well under one percent, plenty for 30 m candidate margins, 2 km
 * nearest searches and overlap areas in m², and it is an affine map, so point-in-polygon answers
 * are exactly those of the WGS-84 polygons.
 */
record LocalProjection(double lng0, double lat0, double metresPerDegreeLng) {
  static final double METRES_PER_DEGREE_LAT = 6371008.8 * Math.PI / 180.0;

  static LocalProjection around(double lng0, double lat0) {
    return new LocalProjection(lng0, lat0, METRES_PER_DEGREE_LAT * Math.cos(Math.toRadians(lat0)));
  }

  double x(double lng) {
    return (lng - lng0) * metresPerDegreeLng;
  }

  double y(double lat) {
    return (lat - lat0) * METRES_PER_DEGREE_LAT;
  }

  double lng(double x) {
    return lng0 + x / metresPerDegreeLng;
  }

  double lat(double y) {
    return lat0 + y / METRES_PER_DEGREE_LAT;
  }

  /** A projected copy of a WGS-84 geometry. */
  Geometry toMetres(Geometry wgs84) {
    Geometry copy = wgs84.copy();
    copy.apply(filter(true));
    copy.geometryChanged();
    return copy;
  }

  /** A WGS-84 copy of a projected geometry. */
  Geometry toDegrees(Geometry metres) {
    Geometry copy = metres.copy();
    copy.apply(filter(false));
    copy.geometryChanged();
    return copy;
  }

  private CoordinateSequenceFilter filter(boolean forward) {
    return new CoordinateSequenceFilter() {
      @Override
      public void filter(CoordinateSequence seq, int i) {
        Coordinate c = seq.getCoordinate(i);
        if (forward) {
          seq.setOrdinate(i, 0, x(c.x));
          seq.setOrdinate(i, 1, y(c.y));
        } else {
          seq.setOrdinate(i, 0, lng(c.x));
          seq.setOrdinate(i, 1, lat(c.y));
        }
      }

      @Override
      public boolean isDone() {
        return false;
      }

      @Override
      public boolean isGeometryChanged() {
        return true;
      }
    };
  }
}
