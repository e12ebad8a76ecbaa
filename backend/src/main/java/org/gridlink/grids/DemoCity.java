package org.gridlink.grids;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.geom.util.PolygonExtracter;
import org.locationtech.jts.triangulate.VoronoiDiagramBuilder;

/**
 * A synthetic city around Nanjing's centre. Grids are the Voronoi cells of random sites (denser
 * towards the centre) clipped to an irregular city outline; each grid site joins the nearest
 * community site, each community the nearest street, each street the nearest district, so every
 * level is a union of whole grids. Neighbouring grids share their Voronoi edge vertex for vertex:
 * the tiling has no gaps or overlaps, not even floating-point slivers.
 */
final class DemoCity {
  static final double CENTRE_LAT = 32.06;
  static final double CENTRE_LNG = 118.79;
  static final int FULL_CITY_GRIDS = 13_000;
  private static final double RADIUS_METRES = 28_000;
  private static final int STREETS = 100;
  private static final int COMMUNITIES = 1_000;
  private static final GeometryFactory METRES = new GeometryFactory();

  private final LocalProjection projection = LocalProjection.around(CENTRE_LNG, CENTRE_LAT);
  private final long seed;
  private final int gridCount;

  DemoCity(long seed, int gridCount) {
    this.seed = seed;
    this.gridCount = gridCount;
  }

  /** Every grid of the city, or only those of the district containing the centre. */
  List<GridFeature> grids(boolean centralDistrictOnly) {
    Random random = new Random(seed);
    Geometry outline = outline(random);
    List<Coordinate> districts = new ArrayList<>();
    districts.add(new Coordinate(0, 0));
    for (int i = 1; i < DemoNames.DISTRICTS.length; i++) {
      double angle = 2 * Math.PI * i / (DemoNames.DISTRICTS.length - 1) + random.nextDouble() * 0.4;
      double r = RADIUS_METRES * (0.45 + 0.3 * random.nextDouble());
      districts.add(new Coordinate(r * Math.cos(angle), r * Math.sin(angle)));
    }
    List<Coordinate> streets = sites(outline, STREETS, random);
    List<Coordinate> communities = sites(outline, COMMUNITIES, random);
    List<Coordinate> gridSites = sites(outline, gridCount, random);
    int[] streetDistrict = nearest(streets, districts);
    int[] communityStreet = nearest(communities, streets);
    int[] gridCommunity = nearest(gridSites, communities);
    // Number streets within districts, communities within streets, grids within communities.
    int[] streetNo = serials(streetDistrict, districts.size());
    int[] communityNo = serials(communityStreet, streets.size());
    int[] gridNo = serials(gridCommunity, communities.size());
    List<Geometry> cells =
        cells(
            outline,
            gridSites,
            g -> !centralDistrictOnly || streetDistrict[communityStreet[gridCommunity[g]]] == 0);
    List<GridFeature> out = new ArrayList<>();
    for (int g = 0; g < gridSites.size(); g++) {
      Geometry cell = cells.get(g);
      if (cell == null) {
        continue;
      }
      int c = gridCommunity[g];
      int s = communityStreet[c];
      int d = streetDistrict[s];
      String[] district = DemoNames.DISTRICTS[d];
      String streetCode = district[0] + String.format("%03d", streetNo[s] + 1);
      String streetName = DemoNames.street(d, streetNo[s]);
      String communityCode = streetCode + String.format("%03d", communityNo[c] + 1);
      String stem = DemoNames.communityStem(d, streetNo[s], communityNo[c]);
      Random own = new Random(seed * 31 + g);
      boolean dedicated = own.nextDouble() < 0.19;
      out.add(
          new GridFeature(
              out.size(),
              communityCode + String.format("%03d", gridNo[g] + 1),
              DemoNames.gridName(stem, gridNo[g], dedicated),
              dedicated ? GridType.DEDICATED : GridType.COMPREHENSIVE,
              district[0],
              district[1],
              streetCode,
              streetName,
              communityCode,
              stem + "社区",
              streetName.replace("街道", "") + stem + "路" + (communityNo[c] + 1) + "号",
              String.format("025-8%07d", new Random(seed * 17 + c).nextInt(10_000_000)),
              projection.toDegrees(cell)));
    }
    out.sort(java.util.Comparator.comparing(GridFeature::code));
    List<GridFeature> indexed = new ArrayList<>(out.size());
    for (GridFeature f : out) {
      indexed.add(
          new GridFeature(
              indexed.size(),
              f.code(),
              f.name(),
              f.type(),
              f.districtCode(),
              f.districtName(),
              f.streetCode(),
              f.streetName(),
              f.communityCode(),
              f.communityName(),
              f.officeAddress(),
              f.officePhone(),
              f.boundary()));
    }
    return indexed;
  }

  /** For each point, the index of the nearest site. */
  private static int[] nearest(List<Coordinate> points, List<Coordinate> sites) {
    int[] out = new int[points.size()];
    for (int i = 0; i < points.size(); i++) {
      double best = Double.MAX_VALUE;
      for (int j = 0; j < sites.size(); j++) {
        double dx = points.get(i).x - sites.get(j).x;
        double dy = points.get(i).y - sites.get(j).y;
        double d = dx * dx + dy * dy;
        if (d < best) {
          best = d;
          out[i] = j;
        }
      }
    }
    return out;
  }

  /** The position of each member within its group, in the order of the members. */
  private static int[] serials(int[] group, int groups) {
    int[] next = new int[groups];
    int[] out = new int[group.length];
    for (int i = 0; i < group.length; i++) {
      out[i] = next[group[i]]++;
    }
    return out;
  }

  private static Geometry outline(Random random) {
    int n = 96;
    Coordinate[] ring = new Coordinate[n + 1];
    double p1 = random.nextDouble() * Math.PI;
    double p2 = random.nextDouble() * Math.PI;
    for (int i = 0; i < n; i++) {
      double a = 2 * Math.PI * i / n;
      double r = RADIUS_METRES * (1 + 0.12 * Math.sin(3 * a + p1) + 0.06 * Math.sin(7 * a + p2));
      ring[i] = new Coordinate(r * Math.cos(a), r * Math.sin(a));
    }
    ring[n] = new Coordinate(ring[0]);
    return METRES.createPolygon(ring);
  }

  /** {@code count} random sites inside {@code area}. */
  private static List<Coordinate> sites(Geometry area, int count, Random random) {
    PreparedGeometry inside = PreparedGeometryFactory.prepare(area);
    Envelope env = area.getEnvelopeInternal();
    List<Coordinate> sites = new ArrayList<>(count);
    int attempts = 0;
    while (sites.size() < count && attempts++ < count * 1000) {
      Coordinate c =
          new Coordinate(
              env.getMinX() + random.nextDouble() * env.getWidth(),
              env.getMinY() + random.nextDouble() * env.getHeight());
      double r = Math.hypot(c.x, c.y) / RADIUS_METRES;
      double density = (1 + 3 * Math.exp(-r * r / 0.16)) / 4;
      if (random.nextDouble() < density && inside.contains(METRES.createPoint(c))) {
        sites.add(c);
      }
    }
    if (sites.isEmpty()) {
      sites.add(area.getInteriorPoint().getCoordinate());
    }
    return sites;
  }

  /**
   * The Voronoi cells of the sites clipped to the parent, in the order of the sites; null for the
   * sites {@code wanted} rejects.
   */
  static List<Geometry> cells(
      Geometry parent, List<Coordinate> sites, java.util.function.IntPredicate wanted) {
    PreparedGeometry inside = PreparedGeometryFactory.prepare(parent);
    VoronoiDiagramBuilder builder = new VoronoiDiagramBuilder();
    builder.setSites(sites);
    Envelope clip = new Envelope(parent.getEnvelopeInternal());
    clip.expandBy(Math.max(clip.getWidth(), clip.getHeight()));
    builder.setClipEnvelope(clip);
    Geometry diagram = builder.getDiagram(METRES);
    Map<Coordinate, Geometry> bySite = new HashMap<>();
    for (int i = 0; i < diagram.getNumGeometries(); i++) {
      Geometry cell = diagram.getGeometryN(i);
      bySite.put((Coordinate) cell.getUserData(), cell);
    }
    List<Geometry> out = new ArrayList<>();
    for (int i = 0; i < sites.size(); i++) {
      Geometry cell = bySite.get(sites.get(i));
      if (cell == null || !wanted.test(i)) {
        out.add(null);
      } else if (inside.containsProperly(cell)) {
        cell.setUserData(null);
        out.add(cell);
      } else {
        Geometry clipped =
            METRES.buildGeometry(PolygonExtracter.getPolygons(cell.intersection(parent)));
        out.add(clipped.isEmpty() ? null : clipped);
      }
    }
    return out;
  }
}
