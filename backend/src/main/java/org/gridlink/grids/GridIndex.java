package org.gridlink.grids;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.locationtech.jts.algorithm.Distance;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.distance.DistanceOp;

/**
 * An immutable point-in-grid index. The city is cut into square buckets of a few tens of metres; a
 * bucket that no grid boundary crosses lies wholly inside one grid (or none) and answers with one
 * array read, without any polygon test. Only buckets on a boundary test their few candidate grids.
 * Geometry is kept in metres around the city's centre (see {@link LocalProjection}) so the 30 m and
 * 2 km margins are plain distances.
 */
final class GridIndex {
  /** Buckets per grid, on average: more buckets means more points answered without a test. */
  private static final int BUCKETS_PER_GRID = 64;

  private static final int MAX_BUCKETS = 8_000_000;
  private static final GeometryFactory METRES = new GeometryFactory();

  record Entry(String code, Geometry wgs84) {}

  /** What {@link #locate} found: a grid or -1, neighbours near the point, or the nearest grid. */
  record Hit(int grid, List<Integer> candidates, int nearest, double nearestMetres) {}

  private final String[] codes;
  private final Geometry[] shapes;
  private final IndexedPointInAreaLocator[] locators;
  private final STRtree tree = new STRtree();
  private final LocalProjection projection;
  private final double minX;
  private final double minY;
  private final double bucketSize;
  private final int cols;
  private final int rows;
  private final int[] owner;
  private final int[] candidateStart;
  private final int[] candidates;

  GridIndex(List<Entry> entries) {
    int n = entries.size();
    codes = new String[n];
    shapes = new Geometry[n];
    locators = new IndexedPointInAreaLocator[n];
    Envelope wgsBounds = new Envelope();
    entries.forEach(e -> wgsBounds.expandToInclude(e.wgs84().getEnvelopeInternal()));
    projection =
        n == 0
            ? LocalProjection.around(118.79, 32.06)
            : LocalProjection.around(wgsBounds.centre().x, wgsBounds.centre().y);
    Envelope bounds = new Envelope();
    for (int i = 0; i < n; i++) {
      codes[i] = entries.get(i).code();
      shapes[i] = projection.toMetres(entries.get(i).wgs84());
      locators[i] = new IndexedPointInAreaLocator(shapes[i]);
      tree.insert(shapes[i].getEnvelopeInternal(), i);
      bounds.expandToInclude(shapes[i].getEnvelopeInternal());
    }
    tree.build();
    double area = Math.max(bounds.getArea(), 1);
    long wanted = Math.min(MAX_BUCKETS, Math.max(1L, (long) n * BUCKETS_PER_GRID));
    bucketSize = Math.max(1.0, Math.sqrt(area / wanted));
    minX = bounds.isNull() ? 0 : bounds.getMinX();
    minY = bounds.isNull() ? 0 : bounds.getMinY();
    cols = bounds.isNull() ? 1 : (int) Math.ceil(bounds.getWidth() / bucketSize) + 1;
    rows = bounds.isNull() ? 1 : (int) Math.ceil(bounds.getHeight() / bucketSize) + 1;
    owner = new int[cols * rows];
    Arrays.fill(owner, -1);
    BucketBuilder builder = new BucketBuilder(this);
    for (int i = 0; i < n; i++) {
      builder.add(i);
    }
    int[][] csr = builder.finish();
    candidateStart = csr[0];
    candidates = csr[1];
  }

  int bucketCount() {
    return owner.length;
  }

  int size() {
    return codes.length;
  }

  String code(int grid) {
    return codes[grid];
  }

  LocalProjection projection() {
    return projection;
  }

  /** The grid covering the WGS-84 point, or -1. Lock-free and allocation-free. */
  int find(double lng, double lat) {
    double x = projection.x(lng);
    double y = projection.y(lat);
    int col = (int) Math.floor((x - minX) / bucketSize);
    int row = (int) Math.floor((y - minY) / bucketSize);
    if (col < 0 || row < 0 || col >= cols || row >= rows) {
      return -1;
    }
    int bucket = row * cols + col;
    int from = candidateStart[bucket];
    int to = candidateStart[bucket + 1];
    if (from == to) {
      return owner[bucket];
    }
    Coordinate c = new Coordinate(x, y);
    for (int k = from; k < to; k++) {
      int g = candidates[k];
      if (locators[g].locate(c) != Location.EXTERIOR) {
        return g;
      }
    }
    return -1;
  }

  /** The covering grid with its neighbours within {@code marginMetres}, or the nearest one. */
  Hit locate(double lng, double lat, double marginMetres, double nearestMetres) {
    int grid = find(lng, lat);
    double x = projection.x(lng);
    double y = projection.y(lat);
    // Deep inside its grid (even allowing for the projection's scale error) a point has no
    // neighbours within the margin: skip the search.
    if (grid >= 0 && distanceToBoundary(grid, x, y) > marginMetres * 2) {
      return new Hit(grid, List.of(), -1, 0);
    }
    Point p = METRES.createPoint(new Coordinate(x, y));
    double reach = grid >= 0 ? marginMetres : nearestMetres;
    Envelope around = new Envelope(p.getCoordinate());
    // The projection's scale is exact only at its own latitude: search generously, then measure
    // each distance at the point's latitude.
    around.expandBy(reach * 2);
    record Near(int grid, double metres) {}
    List<Near> near = new ArrayList<>();
    for (Object o : tree.query(around)) {
      int g = (Integer) o;
      if (g != grid) {
        Coordinate onShape = DistanceOp.nearestPoints(shapes[g], p)[0];
        double d = metresBetween(lng, lat, projection.lng(onShape.x), projection.lat(onShape.y));
        if (d <= reach) {
          near.add(new Near(g, d));
        }
      }
    }
    near.sort(Comparator.comparingDouble(Near::metres).thenComparing(n -> codes[n.grid()]));
    if (grid >= 0) {
      return new Hit(grid, near.stream().map(Near::grid).toList(), -1, 0);
    }
    return near.isEmpty()
        ? new Hit(-1, List.of(), -1, 0)
        : new Hit(-1, List.of(), near.get(0).grid(), near.get(0).metres());
  }

  /** Projected distance from a point to a grid's rings, without allocating. */
  private double distanceToBoundary(int grid, double x, double y) {
    Coordinate p = new Coordinate(x, y);
    double best = Double.MAX_VALUE;
    Geometry shape = shapes[grid];
    for (int g = 0; g < shape.getNumGeometries(); g++) {
      Polygon polygon = (Polygon) shape.getGeometryN(g);
      for (int r = -1; r < polygon.getNumInteriorRing(); r++) {
        CoordinateSequence ring =
            (r < 0 ? polygon.getExteriorRing() : polygon.getInteriorRingN(r))
                .getCoordinateSequence();
        for (int i = 0; i + 1 < ring.size(); i++) {
          best =
              Math.min(
                  best,
                  Distance.pointToSegment(p, ring.getCoordinate(i), ring.getCoordinate(i + 1)));
        }
      }
    }
    return best;
  }

  /** Metres between two nearby WGS-84 points, at their latitude. */
  static double metresBetween(double lng1, double lat1, double lng2, double lat2) {
    double dy = (lat2 - lat1) * LocalProjection.METRES_PER_DEGREE_LAT;
    double dx =
        (lng2 - lng1)
            * LocalProjection.METRES_PER_DEGREE_LAT
            * Math.cos(Math.toRadians((lat1 + lat2) / 2));
    return Math.hypot(dx, dy);
  }

  // Bucket geometry, for the builder.
  double minX() {
    return minX;
  }

  double minY() {
    return minY;
  }

  double bucketSize() {
    return bucketSize;
  }

  int cols() {
    return cols;
  }

  int rows() {
    return rows;
  }

  int[] owner() {
    return owner;
  }

  Geometry shape(int grid) {
    return shapes[grid];
  }

  IndexedPointInAreaLocator locator(int grid) {
    return locators[grid];
  }
}
