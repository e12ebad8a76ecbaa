package org.gridlink.grids;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.gridlink.support.Api;
import org.junit.jupiter.api.Test;

/**
 * Embedded mode with the demo seed on: the centre point finds a grid with workers, soon after
 * start.
 */
@MicronautTest(transactional = false)
@Property(name = "gridlink.grids.demo-seed", value = "true")
class DemoSeederTest {
  @Inject Api api;

  @Test
  void theCentreOfNanjingHasAGridWithWorkersSoonAfterStart() throws InterruptedException {
    String path = "/api/v1/grids/locate?lat=" + DemoCity.CENTRE_LAT + "&lng=" + DemoCity.CENTRE_LNG;
    Api.Response r = api.get(path).send();
    long deadline = System.nanoTime() + 120_000_000_000L;
    while (r.status() != 200 && System.nanoTime() < deadline) {
      Thread.sleep(250);
      r = api.get(path).send();
    }
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    @SuppressWarnings("unchecked")
    var chain = (List<Map<String, Object>>) r.field("chain");
    assertThat(chain.get(0).get("name")).isEqualTo("玄武区");
    @SuppressWarnings("unchecked")
    var board = (Map<String, Object>) r.field("board");
    assertThat((List<?>) board.get("workers")).hasSizeGreaterThanOrEqualTo(4);
    assertThat(r.body()).doesNotContain("\"privatePhone\"");
    // GCJ-02 from a phone map at the same spot also lands in the seeded district.
    var gcj = ChinaCoordinates.wgs84ToGcj02(DemoCity.CENTRE_LAT, DemoCity.CENTRE_LNG);
    var fromPhone =
        api.get("/api/v1/grids/locate?crs=gcj02&lat=" + gcj.lat() + "&lng=" + gcj.lng()).send();
    assertThat(fromPhone.status()).isEqualTo(200);
    assertThat(fromPhone.text("grid")).isEqualTo(r.text("grid"));
  }
}
