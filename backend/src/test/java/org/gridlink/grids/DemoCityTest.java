package org.gridlink.grids;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.WKTWriter;
import org.locationtech.jts.operation.union.UnaryUnionOp;

/** The demo city's central district: a seamless tiling, deterministic, and indexable. */
class DemoCityTest {
  static List<GridFeature> central;

  @BeforeAll
  static void generate() {
    central = new DemoCity(20261128, DemoCity.FULL_CITY_GRIDS).grids(true);
  }

  @Test
  void centralDistrictContainsTheCentreAndHasHundredsOfGrids() {
    assertThat(central).hasSizeGreaterThan(300);
    assertThat(central).allSatisfy(g -> assertThat(g.districtCode()).isEqualTo("320102"));
    assertThat(central)
        .allSatisfy(
            g -> {
              assertThat(g.code()).hasSize(15).startsWith(g.communityCode());
              assertThat(g.communityCode()).hasSize(12).startsWith(g.streetCode());
              assertThat(g.streetCode()).hasSize(9).startsWith(g.districtCode());
            });
    GridIndex index =
        new GridIndex(
            central.stream().map(g -> new GridIndex.Entry(g.code(), g.boundary())).toList());
    assertThat(index.find(DemoCity.CENTRE_LNG, DemoCity.CENTRE_LAT)).isNotNegative();
    assertThat(central.stream().map(GridFeature::type))
        .contains(GridType.DEDICATED, GridType.COMPREHENSIVE);
  }

  @Test
  void gridsTileTheDistrictWithoutGapsOrOverlaps() {
    LocalProjection p = LocalProjection.around(DemoCity.CENTRE_LNG, DemoCity.CENTRE_LAT);
    List<Geometry> metres = central.stream().map(g -> p.toMetres(g.boundary())).toList();
    double sum = metres.stream().mapToDouble(Geometry::getArea).sum();
    Geometry union = UnaryUnionOp.union(metres);
    // No overlaps: the parts add up to the whole; no gaps: the whole has no holes.
    assertThat(Math.abs(sum - union.getArea())).isLessThan(1.0);
    assertThat(union).isInstanceOf(Polygon.class);
    assertThat(((Polygon) union).getNumInteriorRing()).isZero();
    assertThat(new ImportValidator(1).validate(central, List.of())).isEmpty();
  }

  @Test
  void sameSeedSameCityOtherSeedOtherCity() {
    var again = new DemoCity(20261128, DemoCity.FULL_CITY_GRIDS).grids(true);
    WKTWriter w = new WKTWriter();
    assertThat(w.write(again.get(17).boundary())).isEqualTo(w.write(central.get(17).boundary()));
    var other = new DemoCity(1, DemoCity.FULL_CITY_GRIDS).grids(true);
    assertThat(w.write(other.get(17).boundary())).isNotEqualTo(w.write(central.get(17).boundary()));
  }

  @Test
  void indexAgreesWithAPlainCoversTestEverywhere() {
    GridIndex index =
        new GridIndex(
            central.stream().map(g -> new GridIndex.Entry(g.code(), g.boundary())).toList());
    var env =
        UnaryUnionOp.union(central.stream().map(GridFeature::boundary).toList())
            .getEnvelopeInternal();
    var tree = new org.locationtech.jts.index.strtree.STRtree();
    for (int g = 0; g < central.size(); g++) {
      tree.insert(central.get(g).boundary().getEnvelopeInternal(), g);
    }
    Random random = new Random(3);
    int inside = 0;
    for (int i = 0; i < 20_000; i++) {
      double lng = env.getMinX() + random.nextDouble() * env.getWidth();
      double lat = env.getMinY() + random.nextDouble() * env.getHeight();
      var point = GeoJsonCodec.WGS84.createPoint(new Coordinate(lng, lat));
      int found = index.find(lng, lat);
      int expected = -1;
      for (Object o : tree.query(point.getEnvelopeInternal())) {
        if (central.get((Integer) o).boundary().covers(point)) {
          expected = (Integer) o;
        }
      }
      if (expected < 0) {
        assertThat(found).as("point %f,%f", lat, lng).isEqualTo(-1);
      } else {
        inside++;
        assertThat(found).as("point %f,%f", lat, lng).isNotNegative();
        assertThat(central.get(found).boundary().covers(point))
            .as("point %f,%f", lat, lng)
            .isTrue();
      }
    }
    assertThat(inside).isGreaterThan(5_000);
  }
}
