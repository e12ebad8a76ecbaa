package org.gridlink.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.apache.commons.imaging.Imaging;
import org.apache.commons.imaging.formats.jpeg.JpegImageMetadata;
import org.apache.commons.imaging.formats.tiff.TiffField;
import org.gridlink.support.Api;
import org.gridlink.support.MutableClock;
import org.gridlink.support.TestAccounts;
import org.junit.jupiter.api.Test;

/** Photo upload end to end through the API; H2 + local files, and MariaDB + Redis. */
abstract class MediaContract {
  @Inject Api api;
  @Inject TestAccounts accounts;
  @Inject MutableClock clock;
  @Inject MediaService service;

  String resident() {
    return accounts.dev("RESIDENT", "r-" + UUID.randomUUID().toString().substring(0, 8));
  }

  Api.Response upload(String token, String name, byte[] bytes) {
    return api.request("POST", "/api/v1/media")
        .multipart("file", name, "image/jpeg", bytes)
        .bearer(token)
        .send();
  }

  /** The markers of a JPEG's segments up to the first scan. */
  static List<Integer> segments(byte[] jpeg) {
    List<Integer> markers = new ArrayList<>();
    int i = 2;
    while (i + 3 < jpeg.length && (jpeg[i] & 0xFF) == 0xFF) {
      int m = jpeg[i + 1] & 0xFF;
      markers.add(m);
      if (m == 0xDA) {
        break;
      }
      i += 2 + (((jpeg[i + 2] & 0xFF) << 8) | (jpeg[i + 3] & 0xFF));
    }
    return markers;
  }

  @Test
  void gpsAndTimeAreKeptAsEvidenceButNeverServed() throws Exception {
    String token = resident();
    var r = upload(token, "DSCN0010.jpg", Fixtures.photo("jpg/gps/DSCN0010.jpg"));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    assertThat((Double) r.field("gpsLat")).isBetween(43.0, 44.0);
    assertThat((Double) r.field("gpsLng")).isBetween(11.0, 12.5);
    assertThat(r.text("takenAt")).startsWith("2008-");
    assertThat(r.text("camera")).contains("NIKON");

    byte[] served = api.bytes(r.text("url"));
    assertThat(segments(served)).noneMatch(m -> m >= 0xE0 && m <= 0xEF || m == 0xFE);
    assertThat(Imaging.getMetadata(served)).isNull();
    assertThat(new String(served, java.nio.charset.StandardCharsets.ISO_8859_1))
        .doesNotContain("NIKON")
        .doesNotContain("Exif");

    byte[] thumb = api.bytes(r.text("thumbnailUrl"));
    BufferedImage t = ImageIO.read(new ByteArrayInputStream(thumb));
    assertThat(Math.max(t.getWidth(), t.getHeight())).isLessThanOrEqualTo(480);
    assertThat(segments(thumb)).noneMatch(m -> m == 0xE1 || m == 0xFE);
  }

  @Test
  void orientedPhotosComeOutUpright() throws Exception {
    for (String kind : List.of("landscape", "portrait")) {
      String token = resident();
      BufferedImage reference = null;
      for (int o = 1; o <= 8; o++) {
        var r =
            upload(token, kind + o, Fixtures.photo("jpg/orientation/" + kind + "_" + o + ".jpg"));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        BufferedImage thumb =
            ImageIO.read(new ByteArrayInputStream(api.bytes(r.text("thumbnailUrl"))));
        if (o == 1) {
          reference = thumb;
        } else {
          assertThat(meanDifference(reference, thumb))
              .as("%s orientation %d", kind, o)
              .isLessThan(20);
        }
        byte[] served = api.bytes(r.text("url"));
        var meta = Imaging.getMetadata(served);
        if (o == 1) {
          assertThat(meta).isNull();
        } else {
          List<? extends TiffField> fields = ((JpegImageMetadata) meta).getExif().getAllFields();
          assertThat(fields).extracting(TiffField::getTagName).containsExactly("Orientation");
          assertThat(fields.get(0).getIntValue()).isEqualTo(o);
        }
      }
    }
  }

  private static double meanDifference(BufferedImage a, BufferedImage b) {
    assertThat(b.getWidth()).isEqualTo(a.getWidth());
    assertThat(b.getHeight()).isEqualTo(a.getHeight());
    long sum = 0;
    int samples = 0;
    for (int y = 0; y < a.getHeight(); y += 4) {
      for (int x = 0; x < a.getWidth(); x += 4) {
        int p = a.getRGB(x, y);
        int q = b.getRGB(x, y);
        sum +=
            Math.abs((p >> 16 & 0xFF) - (q >> 16 & 0xFF))
                + Math.abs((p >> 8 & 0xFF) - (q >> 8 & 0xFF))
                + Math.abs((p & 0xFF) - (q & 0xFF));
        samples += 3;
      }
    }
    return (double) sum / samples;
  }

  @Test
  void brokenFilesAreRefusedCleanlyOrAcceptedWithoutMetadata() {
    String token = resident();
    List<Path> files = new ArrayList<>(Fixtures.list("jpg/invalid"));
    files.add(Fixtures.PHOTOS.resolve("jpg/corrupted.jpg"));
    for (Path file : files) {
      var r =
          assertTimeoutPreemptively(
              Duration.ofSeconds(30),
              () -> upload(token, file.getFileName().toString(), Files.readAllBytes(file)));
      assertThat(r.status()).as("%s: %s", file.getFileName(), r.body()).isIn(201, 400);
      if (r.status() == 400) {
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        assertThat(r.text("type")).startsWith("urn:gridlink:problem:");
      }
    }
  }

  @Test
  void heicIsRefusedWith415AndAHint() {
    var response =
        upload(resident(), "IMG.HEIC", Fixtures.photo("heic/mobile/iphone_13_pro_max.HEIC"));
    assertThat(response.status()).isEqualTo(415);
    assertThat(response.text("type")).isEqualTo("urn:gridlink:problem:unsupported-media-type");
    assertThat(response.text("detail")).contains("HEIC");
  }

  @Test
  void aSixtyMegapixelHeaderIsRefusedBeforeDecoding() throws Exception {
    var r = upload(resident(), "bomb.png", pngHeader(10_000, 6_000));
    assertThat(r.status()).as(r.body()).isEqualTo(400);
    assertThat(r.text("type")).isEqualTo("urn:gridlink:problem:photo-too-many-pixels");
  }

  /** A PNG that claims to be width x height but holds a single tiny compressed row. */
  static byte[] pngHeader(int width, int height) throws Exception {
    var out = new ByteArrayOutputStream();
    out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
    var ihdr =
        java.nio.ByteBuffer.allocate(13)
            .putInt(width)
            .putInt(height)
            .put((byte) 8)
            .put((byte) 2)
            .put((byte) 0)
            .put((byte) 0)
            .put((byte) 0)
            .array();
    chunk(out, "IHDR", ihdr);
    var deflater = new java.util.zip.Deflater();
    deflater.setInput(new byte[] {0, 0, 0, 0});
    deflater.finish();
    byte[] buf = new byte[64];
    int n = deflater.deflate(buf);
    chunk(out, "IDAT", java.util.Arrays.copyOf(buf, n));
    chunk(out, "IEND", new byte[0]);
    return out.toByteArray();
  }

  private static void chunk(ByteArrayOutputStream out, String type, byte[] data) throws Exception {
    var crc = new java.util.zip.CRC32();
    byte[] t = type.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    crc.update(t);
    crc.update(data);
    out.write(java.nio.ByteBuffer.allocate(4).putInt(data.length).array());
    out.write(t);
    out.write(data);
    out.write(java.nio.ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
  }

  @Test
  void notAPhotoIs415AndTooBigIs413() {
    var text = upload(resident(), "notes.jpg", "hello, not a photo".getBytes());
    assertThat(text.status()).isEqualTo(415);
    var big = upload(resident(), "big.jpg", new byte[11 * 1024 * 1024]);
    assertThat(big.status()).isEqualTo(413);
    assertThat(big.header("Content-Type")).startsWith("application/problem+json");
  }

  @Test
  void photosAreTheirOwnersAndStaffsOnly() {
    String owner = resident();
    var r = upload(owner, "a.jpg", Fixtures.photo("jpg/gps/DSCN0012.jpg"));
    String id = r.text("id");
    assertThat(api.get("/api/v1/media/" + id).bearer(owner).send().status()).isEqualTo(200);
    assertThat(api.get("/api/v1/media/" + id).bearer(resident()).send().status()).isEqualTo(404);
    assertThat(api.get("/api/v1/media/" + id).bearer(accounts.dev("STAFF", "s")).send().status())
        .isEqualTo(200);
    String url = r.text("url");
    assertThat(api.get(url.replace("sig=", "sig=x")).send().status()).isEqualTo(403);
    assertThat(api.get("/media/" + id + "/full").send().status()).isEqualTo(403);
    clock.advance(Duration.ofHours(2));
    assertThat(api.get(url).send().status()).isEqualTo(403);
  }

  @Test
  void unattachedUploadsExpireAfterADay() {
    String owner = resident();
    String id = upload(owner, "b.jpg", Fixtures.photo("jpg/gps/DSCN0021.jpg")).text("id");
    clock.advance(Duration.ofHours(25));
    service.expireUnattached();
    assertThat(api.get("/api/v1/media/" + id).bearer(owner).send().status()).isEqualTo(404);
  }
}
