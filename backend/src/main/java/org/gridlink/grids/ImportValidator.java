package org.gridlink.grids;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.TopologyException;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.relateng.RelateNG;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * Checks an import as a whole, together with the grids already registered that it does not replace:
 * valid polygons, unique codes, no overlaps above the tolerance, no holes inside a community. Every
 * problem is listed; none stops the others from being found.
 */
final class ImportValidator {
  private static final String INTERIORS_MEET = "T********";
  private final double toleranceSquareMetres;

  ImportValidator(double toleranceSquareMetres) {
    this.toleranceSquareMetres = toleranceSquareMetres;
  }

  /** A grid taking part in the checks: imported (index ≥ 0) or already registered (index -1). */
  private record Item(int index, String code, String community, Geometry metres) {}

  List<ImportIssue> validate(List<GridFeature> features, List<GridFeature> registered) {
    List<ImportIssue> issues = new ArrayList<>();
    Map<String, Integer> firstIndex = new HashMap<>();
    Envelope bounds = new Envelope();
    features.forEach(f -> bounds.expandToInclude(f.boundary().getEnvelopeInternal()));
    if (bounds.isNull()) {
      return issues;
    }
    LocalProjection projection = LocalProjection.around(bounds.centre().x, bounds.centre().y);
    List<Item> items = new ArrayList<>();
    for (GridFeature f : features) {
      Integer earlier = firstIndex.putIfAbsent(f.code(), f.index());
      if (earlier != null) {
        issues.add(new ImportIssue(f.index(), "grids.import.duplicate-code", f.code(), earlier));
        continue;
      }
      IsValidOp valid = new IsValidOp(f.boundary());
      if (!valid.isValid()) {
        TopologyValidationError e = valid.getValidationError();
        issues.add(
            new ImportIssue(
                f.index(),
                "grids.import.invalid-polygon",
                e.getCoordinate() == null
                    ? null
                    : f.boundary().getFactory().createPoint(e.getCoordinate()),
                f.code(),
                e.getMessage(),
                e.getCoordinate() == null ? 0 : e.getCoordinate().y,
                e.getCoordinate() == null ? 0 : e.getCoordinate().x));
        continue;
      }
      items.add(
          new Item(f.index(), f.code(), f.communityCode(), projection.toMetres(f.boundary())));
    }
    for (GridFeature r : registered) {
      if (!firstIndex.containsKey(r.code())) {
        items.add(new Item(-1, r.code(), r.communityCode(), projection.toMetres(r.boundary())));
      }
    }
    overlaps(items, projection, issues);
    holes(items, projection, issues);
    return issues;
  }

  private void overlaps(List<Item> items, LocalProjection projection, List<ImportIssue> issues) {
    STRtree tree = new STRtree();
    for (int i = 0; i < items.size(); i++) {
      tree.insert(items.get(i).metres().getEnvelopeInternal(), i);
    }
    for (int i = 0; i < items.size(); i++) {
      Item a = items.get(i);
      if (a.index() < 0) {
        continue;
      }
      // Neighbours share edges: only interiors that meet need the (costly) intersection area.
      RelateNG prepared = RelateNG.prepare(a.metres());
      for (Object o : tree.query(a.metres().getEnvelopeInternal())) {
        int j = (Integer) o;
        Item b = items.get(j);
        // Each imported pair once; a registered neighbour always from the imported side.
        if (j == i || (b.index() >= 0 && j < i) || !prepared.evaluate(b.metres(), INTERIORS_MEET)) {
          continue;
        }
        Geometry overlap;
        double area;
        try {
          overlap = a.metres().intersection(b.metres());
          area = overlap.getArea();
        } catch (TopologyException e) {
          overlap = null;
          area = Double.MAX_VALUE;
        }
        if (area > toleranceSquareMetres) {
          issues.add(
              new ImportIssue(
                  a.index(),
                  "grids.import.overlap",
                  overlap == null ? null : projection.toDegrees(overlap),
                  a.code(),
                  b.code(),
                  Math.round(area)));
        }
      }
    }
  }

  private void holes(List<Item> items, LocalProjection projection, List<ImportIssue> issues) {
    Map<String, List<Item>> byCommunity = new LinkedHashMap<>();
    items.forEach(i -> byCommunity.computeIfAbsent(i.community(), k -> new ArrayList<>()).add(i));
    for (var entry : byCommunity.entrySet()) {
      List<Item> members = entry.getValue();
      int reportAt = members.stream().mapToInt(Item::index).filter(i -> i >= 0).min().orElse(-2);
      if (reportAt == -2) {
        continue;
      }
      Geometry union;
      try {
        union = UnaryUnionOp.union(members.stream().map(Item::metres).toList());
      } catch (TopologyException e) {
        continue; // the overlap check has already reported what breaks the union
      }
      for (int p = 0; p < union.getNumGeometries(); p++) {
        if (!(union.getGeometryN(p) instanceof Polygon polygon)) {
          continue;
        }
        for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
          Geometry hole = polygon.getFactory().createPolygon(polygon.getInteriorRingN(h));
          double area = hole.getArea();
          if (area > toleranceSquareMetres) {
            var at = hole.getInteriorPoint().getCoordinate();
            issues.add(
                new ImportIssue(
                    reportAt,
                    "grids.import.hole",
                    projection.toDegrees(hole),
                    entry.getKey(),
                    Math.round(area),
                    projection.lat(at.y),
                    projection.lng(at.x)));
          }
        }
      }
    }
  }
}
