package org.gridlink.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.gridlink.support.Api;

/**
 * Test data for reports: a fresh 1 × 2 block of square grids somewhere in China (random, so runs on
 * the shared MariaDB never collide), photos, and report bodies.
 */
final class ReportFixtures {
  static final double DLAT = 0.003;
  static final double DLNG = 0.0035;
  private static final Random RANDOM = new Random();
  static final Path PHOTOS =
      Path.of(System.getProperty("gridlink.fixtures.dir", "../../shared/fixtures"))
          .resolve("photos");

  final String community;
  final double lat0;
  final double lng0;

  ReportFixtures() {
    synchronized (RANDOM) {
      community = "8" + String.format("%05d", RANDOM.nextInt(100_000)) + "001001";
      lat0 = 25 + RANDOM.nextDouble() * 12;
      lng0 = 104 + RANDOM.nextDouble() * 14;
    }
  }

  String west() {
    return community + "001";
  }

  String east() {
    return community + "002";
  }

  /** The middle of the west square. */
  double lat() {
    return lat0 + DLAT / 2;
  }

  double lng() {
    return lng0 + DLNG / 2;
  }

  /** A point on the edge the two squares share. */
  double edgeLng() {
    return lng0 + DLNG;
  }

  void importGrids(Api api, String staffToken) {
    String tag = UUID.randomUUID().toString().substring(0, 6);
    List<Object> features = new ArrayList<>();
    for (int c = 0; c < 2; c++) {
      double w = lng0 + c * DLNG;
      double e = w + DLNG;
      Map<String, Object> props = new LinkedHashMap<>();
      props.put("code", c == 0 ? west() : east());
      props.put("name", "报告测试" + tag + "第" + (c + 1) + "网格");
      props.put("type", "COMPREHENSIVE");
      props.put("districtCode", community.substring(0, 6));
      props.put("districtName", "测试区");
      props.put("streetCode", community.substring(0, 9));
      props.put("streetName", "测试街道");
      props.put("communityCode", community);
      props.put("communityName", "报告测试" + tag + "社区");
      features.add(
          Map.of(
              "type",
              "Feature",
              "properties",
              props,
              "geometry",
              Map.of(
                  "type",
                  "Polygon",
                  "coordinates",
                  List.of(
                      List.of(
                          List.of(w, lat0),
                          List.of(e, lat0),
                          List.of(e, lat0 + DLAT),
                          List.of(w, lat0 + DLAT),
                          List.of(w, lat0))))));
    }
    var r =
        api.post(
                "/api/v1/admin/grids/import",
                Map.of("type", "FeatureCollection", "features", features))
            .bearer(staffToken)
            .send();
    assertThat(r.status()).as(r.body()).isEqualTo(200);
  }

  static byte[] fixture(String relative) {
    try {
      return Files.readAllBytes(PHOTOS.resolve(relative));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A small real PNG: a photo with no metadata at all. */
  static byte[] plainPng() {
    try {
      BufferedImage img = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
      var out = new ByteArrayOutputStream();
      ImageIO.write(img, "png", out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String upload(Api api, String token, byte[] photo) {
    var r =
        api.request("POST", "/api/v1/media")
            .multipart("file", "photo.jpg", "image/jpeg", photo)
            .bearer(token)
            .send();
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.text("id");
  }

  Map<String, Object> body(
      String category, double lat, double lng, List<String> media, boolean anonymous) {
    Map<String, Object> location = new LinkedHashMap<>();
    location.put("lat", lat);
    location.put("lng", lng);
    location.put("crs", "wgs84");
    location.put("accuracy", 12.5);
    location.put("address", "银杏路88号门口");
    Map<String, Object> b = new LinkedHashMap<>();
    b.put("category", category);
    b.put("description", "路边井盖缺失，晚上很危险 🚧");
    b.put("location", location);
    b.put("mediaIds", media);
    b.put("anonymous", anonymous);
    b.put("contactConsent", false);
    b.put("urgent", false);
    return b;
  }

  static Api.Response submit(Api api, String token, Map<String, Object> body) {
    return api.post("/api/v1/reports", body)
        .header("Idempotency-Key", UUID.randomUUID().toString())
        .bearer(token)
        .send();
  }
}
