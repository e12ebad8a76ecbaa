package org.gridlink.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Imports one rectangular grid through the staff API, as a test's own small piece of city: the
 * properties name the grid and its chain (district, street, community), the corners are given in
 * WGS-84 degrees.
 */
public final class SquareGrid {
  private SquareGrid() {}

  /** The GeoJSON properties of a grid whose chain codes are cut from {@code community}. */
  public static Map<String, Object> properties(
      String code, String name, String community, String communityName, String districtName) {
    Map<String, Object> props = new LinkedHashMap<>();
    props.put("code", code);
    props.put("name", name);
    props.put("type", "COMPREHENSIVE");
    props.put("districtCode", community.substring(0, 6));
    props.put("districtName", districtName);
    props.put("streetCode", community.substring(0, 9));
    props.put("streetName", districtName + "街道");
    props.put("communityCode", community);
    props.put("communityName", communityName);
    return props;
  }

  /** Imports the rectangle from (lat0, lng0) spanning dLat x dLng; fails the test if refused. */
  public static void importSquare(
      Api api,
      String staffToken,
      Map<String, Object> props,
      double lat0,
      double lng0,
      double dLat,
      double dLng) {
    double e = lng0 + dLng;
    double n = lat0 + dLat;
    List<List<Double>> ring =
        List.of(
            List.of(lng0, lat0),
            List.of(e, lat0),
            List.of(e, n),
            List.of(lng0, n),
            List.of(lng0, lat0));
    Map<String, Object> feature =
        Map.of(
            "type",
            "Feature",
            "properties",
            props,
            "geometry",
            Map.of("type", "Polygon", "coordinates", List.of(ring)));
    var r =
        api.post(
                "/api/v1/admin/grids/import",
                Map.of("type", "FeatureCollection", "features", List.of(feature)))
            .bearer(staffToken)
            .send();
    assertThat(r.status()).as(r.body()).isEqualTo(200);
  }
}
