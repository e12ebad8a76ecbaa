package org.gridlink.grids;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class ChinaCoordinatesTest {
  /** Metres between two nearby points, equirectangular: good to millimetres at these distances. */
  static double metres(double lat1, double lng1, double lat2, double lng2) {
    double dy = (lat2 - lat1) * LocalProjection.METRES_PER_DEGREE_LAT;
    double dx =
        (lng2 - lng1) * LocalProjection.METRES_PER_DEGREE_LAT * Math.cos(Math.toRadians(lat1));
    return Math.hypot(dx, dy);
  }

  @Test
  void inverseIsExactToTheForwardFormulaAcrossChina() {
    Random random = new Random(7);
    double worst = 0;
    for (int i = 0; i < 20_000; i++) {
      double lat = 18 + random.nextDouble() * 35;
      double lng = 74 + random.nextDouble() * 60;
      var wgs = ChinaCoordinates.gcj02ToWgs84(lat, lng);
      var back = ChinaCoordinates.wgs84ToGcj02(wgs.lat(), wgs.lng());
      worst = Math.max(worst, metres(lat, lng, back.lat(), back.lng()));
    }
    assertThat(worst).isLessThan(0.01);
  }

  @Test
  void offsetIsHundredsOfMetresInNanjingAndTheInverseUndoesIt() {
    var gcj = ChinaCoordinates.wgs84ToGcj02(32.06, 118.79);
    double offset = metres(32.06, 118.79, gcj.lat(), gcj.lng());
    assertThat(offset).isBetween(300.0, 800.0);
    var wgs = ChinaCoordinates.gcj02ToWgs84(gcj.lat(), gcj.lng());
    assertThat(metres(32.06, 118.79, wgs.lat(), wgs.lng())).isLessThan(0.01);
  }

  @Test
  void oneStepInverseWouldBeMetresOffWhichIsWhyWeIterate() {
    var gcj = ChinaCoordinates.wgs84ToGcj02(32.06, 118.79);
    var again = ChinaCoordinates.wgs84ToGcj02(gcj.lat(), gcj.lng());
    double oneStepLat = gcj.lat() - (again.lat() - gcj.lat());
    double oneStepLng = gcj.lng() - (again.lng() - gcj.lng());
    assertThat(metres(32.06, 118.79, oneStepLat, oneStepLng)).isGreaterThan(0.05);
  }

  @Test
  void outsideChinaIsRecognised() {
    assertThat(ChinaCoordinates.outsideChina(32.06, 118.79)).isFalse();
    assertThat(ChinaCoordinates.outsideChina(51.5, -0.12)).isTrue();
    assertThat(ChinaCoordinates.outsideChina(-33.9, 151.2)).isTrue();
  }
}
