package org.gridlink.rewards;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.gridlink.points.PointsFacade;
import org.gridlink.support.Api;
import org.gridlink.support.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A reward's picture uploaded by staff (POST /api/v1/media, then pictureMediaId on the item), as
 * the console sends it: the catalog answers a URL that serves the photo; it can be replaced or
 * removed for a link or for nothing.
 */
@MicronautTest(transactional = false)
class RewardPictureTest {
  private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G'};

  @Inject Api api;
  @Inject TestAccounts accounts;
  @Inject PointsFacade points;

  RewardsFixtures f;

  @BeforeEach
  void setUp() {
    f = new RewardsFixtures(api, accounts, points);
  }

  @Test
  void anItemCreatedWithAnUploadedPictureShowsItInTheCatalog() {
    String media = upload(f.staff);
    Map<String, Object> body = f.item(10, 5);
    body.put("pictureUrl", null);
    body.put("pictureMediaId", media);
    var created = api.post("/api/v1/admin/rewards", body).bearer(f.staff).send();
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    assertThat(created.text("pictureMediaId")).isEqualTo(media);
    long id = ((Number) created.field("id")).longValue();

    var v = f.volunteer(0);
    var catalog = api.get("/api/v1/rewards").bearer(v.token()).send();
    assertThat(catalog.status()).as(catalog.body()).isEqualTo(200);
    Map<String, Object> item = byId(catalog, id);
    String url = (String) item.get("pictureUrl");
    assertThat(url).as(catalog.body()).startsWith("/media/" + media + "/full?");
    byte[] served = api.bytes(url);
    assertThat(Arrays.copyOf(served, 4)).isEqualTo(PNG_SIGNATURE);

    var photo = api.get("/api/v1/media/" + media).bearer(f.staff).send();
    assertThat(photo.field("attached")).as(photo.body()).isEqualTo(true);
  }

  @Test
  void thePictureCanBeKeptReplacedAndRemoved() {
    String first = upload(f.staff);
    Map<String, Object> body = f.item(10, 5);
    body.put("pictureUrl", null);
    body.put("pictureMediaId", first);
    long id = f.create(body);

    body.put("description", "改了说明，图片不变");
    var kept = put(id, body);
    assertThat(kept.status()).as(kept.body()).isEqualTo(200);
    assertThat(kept.text("pictureUrl")).startsWith("/media/" + first + "/");

    String second = upload(f.staff);
    body.put("pictureMediaId", second);
    var replaced = put(id, body);
    assertThat(replaced.status()).as(replaced.body()).isEqualTo(200);
    assertThat(replaced.text("pictureMediaId")).isEqualTo(second);
    assertThat(replaced.text("pictureUrl")).startsWith("/media/" + second + "/full?");

    body.put("pictureMediaId", null);
    body.put("pictureUrl", "https://example.org/mug.png");
    var linked = put(id, body);
    assertThat(linked.status()).as(linked.body()).isEqualTo(200);
    assertThat(linked.field("pictureMediaId")).isNull();
    assertThat(linked.text("pictureUrl")).isEqualTo("https://example.org/mug.png");

    body.put("pictureUrl", null);
    var none = put(id, body);
    assertThat(none.status()).as(none.body()).isEqualTo(200);
    assertThat(none.field("pictureUrl")).isNull();
  }

  @Test
  void aPictureSomeoneElseUploadedOrAnUnknownOneIsRefused() {
    String other = accounts.dev("STAFF", "other-" + UUID.randomUUID().toString().substring(0, 8));
    Map<String, Object> body = f.item(10, 5);
    body.put("pictureMediaId", upload(other));
    var refused = api.post("/api/v1/admin/rewards", body).bearer(f.staff).send();
    assertThat(refused.status()).as(refused.body()).isEqualTo(400);
    assertThat(refused.header("Content-Type")).startsWith("application/problem+json");

    body.put("pictureMediaId", "NoSuchPhoto123");
    var unknown = api.post("/api/v1/admin/rewards", body).bearer(f.staff).send();
    assertThat(unknown.status()).as(unknown.body()).isEqualTo(400);
    var listed = api.get("/api/v1/admin/rewards?size=100").bearer(f.staff).send();
    assertThat(listed.body()).doesNotContain((String) body.get("name"));
  }

  private Api.Response put(long id, Map<String, Object> body) {
    return api.request("PUT", "/api/v1/admin/rewards/" + id).json(body).bearer(f.staff).send();
  }

  private String upload(String token) {
    var r =
        api.request("POST", "/api/v1/media")
            .multipart("file", "reward.png", "image/png", png())
            .bearer(token)
            .send();
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.text("id");
  }

  private Map<String, Object> byId(Api.Response list, long id) {
    return api.parseList(list.body()).stream()
        .filter(m -> ((Number) m.get("id")).longValue() == id)
        .findFirst()
        .orElseThrow(() -> new AssertionError("item " + id + " not in " + list.body()));
  }

  private static byte[] png() {
    try {
      var out = new ByteArrayOutputStream();
      ImageIO.write(new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB), "png", out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
