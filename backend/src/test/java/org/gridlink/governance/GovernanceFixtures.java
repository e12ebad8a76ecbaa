package org.gridlink.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.gridlink.support.Api;
import org.gridlink.support.SquareGrid;
import org.gridlink.support.TestAccounts;

/**
 * Accepted reports through the API: a fresh square grid somewhere in China (random, so runs on the
 * shared MariaDB never collide) and reports in an auto-accepted category (exposed garbage).
 */
final class GovernanceFixtures {
  private static final Random RANDOM = new Random();
  private static final double SIZE = 0.004;
  private final Api api;
  private final TestAccounts accounts;
  final String grid;
  final double lat0;
  final double lng0;

  GovernanceFixtures(Api api, TestAccounts accounts) {
    this.api = api;
    this.accounts = accounts;
    synchronized (RANDOM) {
      grid = "7" + String.format("%05d", RANDOM.nextInt(100_000)) + "001001001";
      lat0 = 25 + RANDOM.nextDouble() * 12;
      lng0 = 104 + RANDOM.nextDouble() * 14;
    }
    importGrid(accounts.dev("STAFF", "governance-fixtures"));
  }

  private void importGrid(String staff) {
    Map<String, Object> props =
        SquareGrid.properties(
            grid,
            "治理测试" + UUID.randomUUID().toString().substring(0, 6) + "网格",
            grid.substring(0, 12),
            "治理测试社区",
            "测试区");
    SquareGrid.importSquare(api, staff, props, lat0, lng0, SIZE, SIZE);
  }

  String resident(String name) {
    return accounts.dev("RESIDENT", name);
  }

  /** Submits a report the category's rule accepts at once; returns its id. */
  long accepted(String token, boolean consent) {
    return submit(token, "ENV_GARBAGE", consent, "ACCEPTED");
  }

  /** Submits a report that waits for staff screening; returns its id. */
  long submitted(String token) {
    return submit(token, "OTHER", false, "SUBMITTED");
  }

  private long submit(String token, String category, boolean consent, String expected) {
    String media = upload(token);
    Map<String, Object> location = new LinkedHashMap<>();
    location.put("lat", lat0 + SIZE / 2);
    location.put("lng", lng0 + SIZE / 2);
    location.put("crs", "wgs84");
    location.put("accuracy", 8.0);
    location.put("address", "梧桐路12号对面");
    Map<String, Object> b = new LinkedHashMap<>();
    b.put("category", category);
    b.put("description", "垃圾堆了三天没人清运");
    b.put("location", location);
    b.put("mediaIds", List.of(media));
    b.put("anonymous", false);
    b.put("contactConsent", consent);
    b.put("urgent", false);
    var r =
        api.post("/api/v1/reports", b)
            .header("Idempotency-Key", UUID.randomUUID().toString())
            .bearer(token)
            .send();
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    assertThat(r.text("status")).as(r.body()).isEqualTo(expected);
    return ((Number) r.field("id")).longValue();
  }

  /** Many accepted reports from fresh residents (each resident stays under the daily limit). */
  List<Long> accepted(int count) {
    List<Long> ids = new java.util.ArrayList<>();
    String token = null;
    for (int i = 0; i < count; i++) {
      if (i % 10 == 0) {
        token = resident("g" + UUID.randomUUID().toString().substring(0, 8));
      }
      ids.add(accepted(token, false));
    }
    return ids;
  }

  String upload(String token) {
    var r =
        api.request("POST", "/api/v1/media")
            .multipart("file", "photo.png", "image/png", png())
            .bearer(token)
            .send();
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.text("id");
  }

  private static byte[] png() {
    try {
      var out = new ByteArrayOutputStream();
      ImageIO.write(new BufferedImage(32, 24, BufferedImage.TYPE_INT_RGB), "png", out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
