package org.gridlink.grids;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * Builds GeoJSON imports of small blocks of square grids (about 330 m × 330 m) somewhere random in
 * China, with fresh codes and names, so runs against the shared MariaDB never collide.
 */
final class TestGrids {
  static final double DLAT = 0.003;
  static final double DLNG = 0.0035;
  private static final Random RANDOM = new Random();

  final String district;
  final String street;
  final String community;
  final String tag;
  final double lat0;
  final double lng0;

  private TestGrids() {
    synchronized (RANDOM) {
      district = "9" + String.format("%05d", RANDOM.nextInt(100_000));
      lat0 = 24 + RANDOM.nextDouble() * 16;
      lng0 = 102 + RANDOM.nextDouble() * 18;
    }
    street = district + "001";
    community = street + "001";
    tag = UUID.randomUUID().toString().substring(0, 8);
  }

  static TestGrids somewhere() {
    return new TestGrids();
  }

  String communityName() {
    return "银杏苑" + tag + "社区";
  }

  String code(int n) {
    return community + String.format("%03d", n);
  }

  /** The grid code of the square in row r, column c of a block {@code cols} wide. */
  String code(int r, int c, int cols) {
    return code(r * cols + c + 1);
  }

  /** Latitude and longitude of a point given in cells from the block's south-west corner. */
  double lat(double rows) {
    return lat0 + rows * DLAT;
  }

  double lng(double cols) {
    return lng0 + cols * DLNG;
  }

  /** A rows × cols block of squares, all in one community. */
  Map<String, Object> block(int rows, int cols) {
    List<Object> features = new ArrayList<>();
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < cols; c++) {
        features.add(square(code(r, c, cols), r, c, 1, 1));
      }
    }
    return collection(features);
  }

  Map<String, Object> square(String code, double r, double c, double height, double width) {
    return feature(
        code,
        List.of(
            List.of(lng(c), lat(r)),
            List.of(lng(c + width), lat(r)),
            List.of(lng(c + width), lat(r + height)),
            List.of(lng(c), lat(r + height)),
            List.of(lng(c), lat(r))));
  }

  Map<String, Object> feature(String code, List<List<Double>> ring) {
    Map<String, Object> props = new LinkedHashMap<>();
    props.put("code", code);
    props.put("name", "银杏苑" + tag + "第" + code.substring(12) + "网格");
    props.put("type", "COMPREHENSIVE");
    props.put("districtCode", district);
    props.put("districtName", "测试区");
    props.put("streetCode", street);
    props.put("streetName", "银杏街道");
    props.put("communityCode", community);
    props.put("communityName", communityName());
    props.put("officePhone", "025-84000000");
    props.put("officeAddress", "银杏路1号");
    return Map.of(
        "type",
        "Feature",
        "properties",
        props,
        "geometry",
        Map.of("type", "Polygon", "coordinates", List.of(ring)));
  }

  static Map<String, Object> collection(List<Object> features) {
    return Map.of("type", "FeatureCollection", "features", features);
  }
}
