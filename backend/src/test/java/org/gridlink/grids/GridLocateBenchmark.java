package org.gridlink.grids;

import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Point-in-grid lookups over the 13,000-grid demo city, one thread, random points inside the city:
 * the bucketed {@link GridIndex} against the baseline, an STRtree of prepared polygons with a
 * covers test per candidate. Run: see docs/benchmarks.md ("Grids").
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgs = {"-Xms1g", "-Xmx1g"})
@Threads(1)
public class GridLocateBenchmark {
  private static final int POINTS = 1 << 16;
  private final GeometryFactory factory = new GeometryFactory();
  private GridIndex index;
  private STRtree baseline;
  private final double[] lngs = new double[POINTS];
  private final double[] lats = new double[POINTS];
  private int next;

  @Setup
  public void setUp() {
    List<GridFeature> city = new DemoCity(20261128, DemoCity.FULL_CITY_GRIDS).grids(false);
    index =
        new GridIndex(city.stream().map(g -> new GridIndex.Entry(g.code(), g.boundary())).toList());
    baseline = new STRtree();
    Envelope bounds = new Envelope();
    for (GridFeature g : city) {
      baseline.insert(
          g.boundary().getEnvelopeInternal(), PreparedGeometryFactory.prepare(g.boundary()));
      bounds.expandToInclude(g.boundary().getEnvelopeInternal());
    }
    baseline.build();
    Random random = new Random(42);
    int n = 0;
    while (n < POINTS) {
      double lng = bounds.getMinX() + random.nextDouble() * bounds.getWidth();
      double lat = bounds.getMinY() + random.nextDouble() * bounds.getHeight();
      if (index.find(lng, lat) >= 0) {
        lngs[n] = lng;
        lats[n++] = lat;
      }
    }
    System.out.printf("%n%d grids; index %d buckets%n", city.size(), index.bucketCount());
  }

  @Benchmark
  public int bucketedIndex() {
    int i = next++ & (POINTS - 1);
    return index.find(lngs[i], lats[i]);
  }

  @Benchmark
  public Object strtreeOfPreparedCovers() {
    int i = next++ & (POINTS - 1);
    Point p = factory.createPoint(new Coordinate(lngs[i], lats[i]));
    for (Object o : baseline.query(p.getEnvelopeInternal())) {
      PreparedGeometry g = (PreparedGeometry) o;
      if (g.covers(p)) {
        return g;
      }
    }
    return null;
  }

  /** The whole in-process locate: lookup plus neighbours within 30 m. */
  @Benchmark
  public GridIndex.Hit locateWithCandidates() {
    int i = next++ & (POINTS - 1);
    return index.locate(lngs[i], lats[i], 30, 2000);
  }
}
