package org.gridlink.grids;

import java.util.Arrays;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;

/**
 * Fills a {@link GridIndex}'s buckets. For each grid, every bucket a boundary segment passes
 * through becomes a candidate bucket of that grid; every other bucket inside the grid's envelope
 * lies wholly inside or wholly outside it, which one test of its centre decides.
 */
final class BucketBuilder {
  private final GridIndex index;
  private long[] pairs = new long[1024];
  private int pairCount;

  BucketBuilder(GridIndex index) {
    this.index = index;
  }

  void add(int grid) {
    Geometry shape = index.shape(grid);
    Envelope env = shape.getEnvelopeInternal();
    int c0 = col(env.getMinX());
    int c1 = col(env.getMaxX());
    int r0 = row(env.getMinY());
    int r1 = row(env.getMaxY());
    int width = c1 - c0 + 1;
    boolean[] crossed = new boolean[width * (r1 - r0 + 1)];
    for (int g = 0; g < shape.getNumGeometries(); g++) {
      Polygon polygon = (Polygon) shape.getGeometryN(g);
      markRing(polygon.getExteriorRing().getCoordinateSequence(), crossed, c0, r0, width);
      for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
        markRing(polygon.getInteriorRingN(h).getCoordinateSequence(), crossed, c0, r0, width);
      }
    }
    int[] owner = index.owner();
    double size = index.bucketSize();
    for (int r = r0; r <= r1; r++) {
      for (int c = c0; c <= c1; c++) {
        int bucket = r * index.cols() + c;
        if (crossed[(r - r0) * width + (c - c0)]) {
          push(((long) bucket << 32) | grid);
        } else if (owner[bucket] < 0) {
          Coordinate centre =
              new Coordinate(index.minX() + (c + 0.5) * size, index.minY() + (r + 0.5) * size);
          if (index.locator(grid).locate(centre) == Location.INTERIOR) {
            owner[bucket] = grid;
          }
        }
      }
    }
  }

  /** Compressed rows: start offsets per bucket (one extra at the end) and the candidate grids. */
  int[][] finish() {
    long[] sorted = Arrays.copyOf(pairs, pairCount);
    Arrays.sort(sorted);
    int[] owner = index.owner();
    int buckets = owner.length;
    int[] start = new int[buckets + 1];
    int[] items = new int[sorted.length * 2 + 1];
    int n = 0;
    int k = 0;
    for (int b = 0; b < buckets; b++) {
      start[b] = n;
      boolean any = false;
      boolean hasOwner = false;
      while (k < sorted.length && (int) (sorted[k] >>> 32) == b) {
        int g = (int) sorted[k];
        if (n == start[b] || items[n - 1] != g) {
          items[n++] = g;
        }
        hasOwner |= g == owner[b];
        any = true;
        k++;
      }
      // A bucket inside one grid that another grid's boundary touches (an overlap within the
      // tolerance) still has to offer the first grid.
      if (any && owner[b] >= 0 && !hasOwner) {
        items[n++] = owner[b];
      }
    }
    start[buckets] = n;
    return new int[][] {start, Arrays.copyOf(items, n)};
  }

  private void markRing(CoordinateSequence ring, boolean[] crossed, int c0, int r0, int width) {
    double size = index.bucketSize();
    int height = crossed.length / width;
    for (int i = 0; i + 1 < ring.size(); i++) {
      double ax = ring.getX(i);
      double ay = ring.getY(i);
      double bx = ring.getX(i + 1);
      double by = ring.getY(i + 1);
      int ca = Math.max(c0, col(Math.min(ax, bx)));
      int cb = Math.min(c0 + width - 1, col(Math.max(ax, bx)));
      int ra = Math.max(r0, row(Math.min(ay, by)));
      int rb = Math.min(r0 + height - 1, row(Math.max(ay, by)));
      for (int r = ra; r <= rb; r++) {
        for (int c = ca; c <= cb; c++) {
          double x0 = index.minX() + c * size;
          double y0 = index.minY() + r * size;
          if (segmentTouchesBox(ax, ay, bx, by, x0, y0, x0 + size, y0 + size)) {
            crossed[(r - r0) * width + (c - c0)] = true;
          }
        }
      }
    }
  }

  /** Liang–Barsky clipping with a small margin, so a segment on a bucket edge counts. */
  static boolean segmentTouchesBox(
      double ax, double ay, double bx, double by, double x0, double y0, double x1, double y1) {
    double eps = 1e-6;
    double[] p = {-(bx - ax), bx - ax, -(by - ay), by - ay};
    double[] q = {ax - (x0 - eps), (x1 + eps) - ax, ay - (y0 - eps), (y1 + eps) - ay};
    double t0 = 0;
    double t1 = 1;
    for (int i = 0; i < 4; i++) {
      if (p[i] == 0) {
        if (q[i] < 0) {
          return false;
        }
      } else {
        double t = q[i] / p[i];
        if (p[i] < 0) {
          t0 = Math.max(t0, t);
        } else {
          t1 = Math.min(t1, t);
        }
        if (t0 > t1) {
          return false;
        }
      }
    }
    return true;
  }

  private int col(double x) {
    return Math.max(
        0, Math.min(index.cols() - 1, (int) Math.floor((x - index.minX()) / index.bucketSize())));
  }

  private int row(double y) {
    return Math.max(
        0, Math.min(index.rows() - 1, (int) Math.floor((y - index.minY()) / index.bucketSize())));
  }

  private void push(long pair) {
    if (pairCount == pairs.length) {
      pairs = Arrays.copyOf(pairs, pairs.length * 2);
    }
    pairs[pairCount++] = pair;
  }
}
