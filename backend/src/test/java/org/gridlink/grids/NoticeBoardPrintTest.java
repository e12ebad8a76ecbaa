package org.gridlink.grids;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.gridlink.support.Api;
import org.gridlink.support.TestAccounts;
import org.junit.jupiter.api.Test;

/** The QR code opens the board's URL; the A4 PDF carries the grid, workers and Chinese text. */
@MicronautTest(transactional = false)
class NoticeBoardPrintTest {
  @Inject Api api;
  @Inject TestAccounts accounts;
  @Inject io.micronaut.runtime.server.EmbeddedServer server;

  byte[] bytes(String path, String token) throws Exception {
    var b = HttpRequest.newBuilder(URI.create(server.getURL() + path));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    var r = HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    assertThat(r.statusCode()).isEqualTo(200);
    return r.body();
  }

  @Test
  void qrCodeDecodesToTheBoardUrlAndThePdfIsAnA4BoardInChinese() throws Exception {
    TestGrids t = TestGrids.somewhere();
    assertThat(
            api.post("/api/v1/admin/grids/import", t.block(1, 1))
                .bearer(accounts.admin())
                .send()
                .status())
        .isEqualTo(200);
    api.post(
            "/api/v1/admin/workers",
            Map.of(
                "name",
                "王芳",
                "role",
                "GRID_CHIEF",
                "fullTime",
                true,
                "onDuty",
                true,
                "officePhone",
                "025-84009999",
                "privatePhone",
                "13811112222",
                "duties",
                "统筹网格工作",
                "gridCodes",
                List.of(t.code(1))))
        .bearer(accounts.admin())
        .send();

    byte[] png = bytes("/api/v1/grids/" + t.code(1) + "/qr.png", null);
    var image = ImageIO.read(new ByteArrayInputStream(png));
    int w = image.getWidth();
    int h = image.getHeight();
    var luminance = new RGBLuminanceSource(w, h, image.getRGB(0, 0, w, h, null, 0, w));
    var decoded =
        new com.google.zxing.qrcode.QRCodeReader()
            .decode(new BinaryBitmap(new com.google.zxing.common.HybridBinarizer(luminance)));
    assertThat(decoded.getText()).endsWith("/#/g/" + t.code(1)).startsWith("http");

    byte[] pdf = bytes("/api/v1/admin/grids/" + t.code(1) + "/board.pdf", accounts.admin());
    assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1))
        .isEqualTo("%PDF-");
    var reader = new com.lowagie.text.pdf.PdfReader(pdf);
    assertThat(reader.getNumberOfPages()).isEqualTo(1);
    var size = reader.getPageSize(1);
    assertThat(size.getWidth()).isEqualTo(com.lowagie.text.PageSize.A4.getWidth());
    String text = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader).getTextFromPage(1);
    assertThat(text).contains("网格员公示牌").contains("王芳").contains("025-84009999").contains(t.code(1));
    assertThat(text).doesNotContain("13811112222");
    // The font is embedded as a subset: a board is a few hundred kilobytes, not the 16 MB font.
    assertThat(pdf.length).isLessThan(2_000_000);

    int imagesWithoutPhoto = images(reader);
    assertThat(imagesWithoutPhoto).isEqualTo(1); // the QR code

    // A worker's uploaded photo is printed in the photo column.
    var photo =
        api.request("POST", "/api/v1/media")
            .multipart("file", "photo.jpg", "image/jpeg", jpeg())
            .bearer(accounts.admin())
            .send();
    assertThat(photo.status()).as(photo.body()).isEqualTo(201);
    var withPhoto =
        api.post(
                "/api/v1/admin/workers",
                Map.of(
                    "name",
                    "李强",
                    "role",
                    "GRID_WORKER",
                    "fullTime",
                    true,
                    "onDuty",
                    true,
                    "photoMediaId",
                    photo.text("id"),
                    "gridCodes",
                    List.of(t.code(1))))
            .bearer(accounts.admin())
            .send();
    assertThat(withPhoto.status()).as(withPhoto.body()).isIn(200, 201);
    byte[] printed = bytes("/api/v1/admin/grids/" + t.code(1) + "/board.pdf", accounts.admin());
    var withPhotoReader = new com.lowagie.text.pdf.PdfReader(printed);
    assertThat(new com.lowagie.text.pdf.parser.PdfTextExtractor(withPhotoReader).getTextFromPage(1))
        .contains("李强");
    assertThat(images(withPhotoReader)).isEqualTo(imagesWithoutPhoto + 1);

    assertThat(api.get("/api/v1/admin/grids/" + t.code(1) + "/board.pdf").send().status())
        .isEqualTo(401);
    assertThat(api.get("/api/v1/grids/999999999999999/qr.png").send().status()).isEqualTo(404);
  }

  /** Image XObjects drawn on page 1, including those inside table cells' form XObjects. */
  private static int images(com.lowagie.text.pdf.PdfReader reader) {
    return count(reader.getPageN(1).getAsDict(com.lowagie.text.pdf.PdfName.RESOURCES));
  }

  private static int count(com.lowagie.text.pdf.PdfDictionary resources) {
    if (resources == null) {
      return 0;
    }
    var xobjects = resources.getAsDict(com.lowagie.text.pdf.PdfName.XOBJECT);
    if (xobjects == null) {
      return 0;
    }
    int n = 0;
    for (var key : xobjects.getKeys()) {
      var object = com.lowagie.text.pdf.PdfReader.getPdfObject(xobjects.get(key));
      if (object instanceof com.lowagie.text.pdf.PdfDictionary d) {
        var subtype = d.getAsName(com.lowagie.text.pdf.PdfName.SUBTYPE);
        if (com.lowagie.text.pdf.PdfName.IMAGE.equals(subtype)) {
          n++;
        } else if (com.lowagie.text.pdf.PdfName.FORM.equals(subtype)) {
          n += count(d.getAsDict(com.lowagie.text.pdf.PdfName.RESOURCES));
        }
      }
    }
    return n;
  }

  private static byte[] jpeg() throws java.io.IOException {
    var image =
        new java.awt.image.BufferedImage(120, 160, java.awt.image.BufferedImage.TYPE_INT_RGB);
    var g = image.createGraphics();
    g.setColor(java.awt.Color.ORANGE);
    g.fillRect(0, 0, 120, 160);
    g.dispose();
    var out = new java.io.ByteArrayOutputStream();
    ImageIO.write(image, "jpg", out);
    return out.toByteArray();
  }
}
