package org.gridlink.grids;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

/**
 * Reads a GeoJSON FeatureCollection of grids into {@link GridFeature}s, collecting every problem
 * with its feature index instead of stopping at the first, and writes grids back as GeoJSON.
 */
final class GeoJsonCodec {
  static final GeometryFactory WGS84 = new GeometryFactory();
  private static final Pattern DIGITS = Pattern.compile("\\d+");

  private GeoJsonCodec() {}

  record Parsed(List<GridFeature> features, List<ImportIssue> issues) {}

  static Parsed read(Map<String, Object> doc) {
    List<GridFeature> features = new ArrayList<>();
    List<ImportIssue> issues = new ArrayList<>();
    if (!"FeatureCollection".equals(doc.get("type")) || !(doc.get("features") instanceof List<?>)) {
      issues.add(new ImportIssue(-1, "grids.import.not-feature-collection"));
      return new Parsed(features, issues);
    }
    List<?> raw = (List<?>) doc.get("features");
    if (raw.isEmpty()) {
      issues.add(new ImportIssue(-1, "grids.import.empty"));
    }
    for (int i = 0; i < raw.size(); i++) {
      try {
        features.add(feature(i, raw.get(i)));
      } catch (FeatureException e) {
        issues.add(new ImportIssue(i, e.getMessage(), e.args));
      }
    }
    return new Parsed(features, issues);
  }

  private static GridFeature feature(int i, Object raw) {
    if (!(raw instanceof Map<?, ?> f) || !(f.get("properties") instanceof Map<?, ?> props)) {
      throw new FeatureException("grids.import.no-properties");
    }
    String code = text(props, "code");
    String district = text(props, "districtCode");
    String street = text(props, "streetCode");
    String community = text(props, "communityCode");
    checkCode(code, 15, "code");
    checkCode(district, 6, "districtCode");
    checkCode(street, 9, "streetCode");
    checkCode(community, 12, "communityCode");
    if (!street.startsWith(district)
        || !community.startsWith(street)
        || !code.startsWith(community)) {
      throw new FeatureException("grids.import.codes-not-nested", code);
    }
    GridType type;
    try {
      Object t = props.get("type");
      type =
          t == null
              ? GridType.COMPREHENSIVE
              : GridType.valueOf(t.toString().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new FeatureException("grids.import.bad-type", code);
    }
    Geometry geometry = geometry(f.get("geometry"), code);
    return new GridFeature(
        i,
        code,
        name(props, "name"),
        type,
        district,
        name(props, "districtName"),
        street,
        name(props, "streetName"),
        community,
        name(props, "communityName"),
        optional(props, "officeAddress"),
        optional(props, "officePhone"),
        geometry);
  }

  private static Geometry geometry(Object raw, String code) {
    if (!(raw instanceof Map<?, ?> g) || !(g.get("coordinates") instanceof List<?> coords)) {
      throw new FeatureException("grids.import.no-geometry", code);
    }
    Object type = g.get("type");
    if ("Polygon".equals(type)) {
      return polygon(coords, code);
    }
    if ("MultiPolygon".equals(type)) {
      Polygon[] parts = new Polygon[coords.size()];
      for (int p = 0; p < parts.length; p++) {
        parts[p] = polygon(asList(coords.get(p), code), code);
      }
      return WGS84.createMultiPolygon(parts);
    }
    throw new FeatureException("grids.import.not-polygon", code);
  }

  private static Polygon polygon(List<?> rings, String code) {
    if (rings.isEmpty()) {
      throw new FeatureException("grids.import.too-few-points", code);
    }
    LinearRing shell = ring(asList(rings.get(0), code), code);
    LinearRing[] holes = new LinearRing[rings.size() - 1];
    for (int h = 1; h < rings.size(); h++) {
      holes[h - 1] = ring(asList(rings.get(h), code), code);
    }
    return WGS84.createPolygon(shell, holes);
  }

  private static LinearRing ring(List<?> points, String code) {
    List<Coordinate> coords = new ArrayList<>();
    for (Object p : points) {
      List<?> xy = asList(p, code);
      if (xy.size() < 2 || !(xy.get(0) instanceof Number x) || !(xy.get(1) instanceof Number y)) {
        throw new FeatureException("grids.import.bad-coordinates", code);
      }
      double lng = x.doubleValue();
      double lat = y.doubleValue();
      if (!Double.isFinite(lng)
          || !Double.isFinite(lat)
          || Math.abs(lng) > 180
          || Math.abs(lat) > 90) {
        throw new FeatureException("grids.import.bad-coordinates", code);
      }
      coords.add(new Coordinate(lng, lat));
    }
    if (!coords.isEmpty() && !coords.get(0).equals2D(coords.get(coords.size() - 1))) {
      coords.add(new Coordinate(coords.get(0)));
    }
    // A ring needs three distinct corners: four positions with the closing one.
    if (coords.size() < 4 || coords.stream().map(c -> c.x + "," + c.y).distinct().count() < 3) {
      throw new FeatureException("grids.import.too-few-points", code);
    }
    return WGS84.createLinearRing(coords.toArray(Coordinate[]::new));
  }

  private static List<?> asList(Object o, String code) {
    if (o instanceof List<?> l) {
      return l;
    }
    throw new FeatureException("grids.import.bad-coordinates", code);
  }

  private static void checkCode(String value, int length, String field) {
    if (value.length() != length || !DIGITS.matcher(value).matches()) {
      throw new FeatureException("grids.import.bad-code", field, length);
    }
  }

  private static String text(Map<?, ?> props, String key) {
    Object v = props.get(key);
    return v == null ? "" : v.toString().trim();
  }

  private static String name(Map<?, ?> props, String key) {
    String v = text(props, key);
    if (v.isEmpty() || v.length() > 100) {
      throw new FeatureException("grids.import.bad-name", key);
    }
    return v;
  }

  private static String optional(Map<?, ?> props, String key) {
    String v = text(props, key);
    return v.isEmpty() ? null : v.substring(0, Math.min(v.length(), 200));
  }

  static Map<String, Object> write(List<GridFeature> grids) {
    List<Object> features = new ArrayList<>(grids.size());
    for (GridFeature g : grids) {
      Map<String, Object> props = new LinkedHashMap<>();
      props.put("code", g.code());
      props.put("name", g.name());
      props.put("type", g.type().name());
      props.put("districtCode", g.districtCode());
      props.put("districtName", g.districtName());
      props.put("streetCode", g.streetCode());
      props.put("streetName", g.streetName());
      props.put("communityCode", g.communityCode());
      props.put("communityName", g.communityName());
      if (g.officeAddress() != null) {
        props.put("officeAddress", g.officeAddress());
      }
      if (g.officePhone() != null) {
        props.put("officePhone", g.officePhone());
      }
      features.add(
          Map.of("type", "Feature", "properties", props, "geometry", geometry(g.boundary())));
    }
    return Map.of("type", "FeatureCollection", "features", features);
  }

  /** A polygon, multipolygon or point as GeoJSON; other shapes (lines, collections) as null. */
  static Map<String, Object> geometry(Geometry g) {
    if (g instanceof org.locationtech.jts.geom.Point p) {
      return Map.of("type", "Point", "coordinates", List.of(p.getX(), p.getY()));
    }
    if (!(g instanceof MultiPolygon) && !(g instanceof Polygon)) {
      return null;
    }
    if (g instanceof MultiPolygon mp) {
      List<Object> parts = new ArrayList<>();
      for (int i = 0; i < mp.getNumGeometries(); i++) {
        parts.add(rings((Polygon) mp.getGeometryN(i)));
      }
      return Map.of("type", "MultiPolygon", "coordinates", parts);
    }
    return Map.of("type", "Polygon", "coordinates", rings((Polygon) g));
  }

  private static List<Object> rings(Polygon p) {
    List<Object> rings = new ArrayList<>();
    rings.add(positions(p.getExteriorRing().getCoordinates()));
    for (int h = 0; h < p.getNumInteriorRing(); h++) {
      rings.add(positions(p.getInteriorRingN(h).getCoordinates()));
    }
    return rings;
  }

  private static List<Object> positions(Coordinate[] coords) {
    List<Object> out = new ArrayList<>(coords.length);
    for (Coordinate c : coords) {
      out.add(List.of(c.x, c.y));
    }
    return out;
  }

  private static final class FeatureException extends RuntimeException {
    private final transient Object[] args;

    FeatureException(String key, Object... args) {
      super(key, null, false, false);
      this.args = args;
    }
  }
}
