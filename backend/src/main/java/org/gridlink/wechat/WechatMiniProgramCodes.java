package org.gridlink.wechat;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import jakarta.inject.Singleton;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Mini-program codes (getwxacodeunlimit) that open a page with a scene, e.g. a poster for a grid.
 * In dev mode a plain QR code with the same page and scene, labelled "DEV", stands in.
 */
@Singleton
public class WechatMiniProgramCodes {
  static final String DEV_LABEL = "DEV - not a WeChat code";
  private static final int WIDTH = 430;

  private final WechatCalls calls;

  WechatMiniProgramCodes(WechatCalls calls) {
    this.calls = calls;
  }

  /** A code for {@code page} (no leading slash) carrying {@code scene} (up to 32 characters). */
  public MiniProgramCode unlimited(String page, String scene) {
    if (calls.devMode()) {
      return new MiniProgramCode(devQr("gridlink-dev://" + page + "?scene=" + scene), true);
    }
    byte[] png =
        calls.runOrProblem(
            "getwxacodeunlimit",
            s ->
                s.getQrcodeService()
                    .createWxaCodeUnlimitBytes(
                        scene, page, false, "release", WIDTH, true, null, false));
    return new MiniProgramCode(png, false);
  }

  static byte[] devQr(String content) {
    try {
      BitMatrix matrix =
          new QRCodeWriter()
              .encode(
                  content, BarcodeFormat.QR_CODE, WIDTH, WIDTH, Map.of(EncodeHintType.MARGIN, 2));
      BufferedImage qr = MatrixToImageWriter.toBufferedImage(matrix);
      BufferedImage out = new BufferedImage(WIDTH, WIDTH + 40, BufferedImage.TYPE_INT_RGB);
      Graphics2D g = out.createGraphics();
      try {
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, out.getWidth(), out.getHeight());
        g.drawImage(qr, 0, 0, null);
        g.setColor(new Color(0xC0, 0x39, 0x2B));
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 22));
        g.drawString(DEV_LABEL, 20, WIDTH + 28);
      } finally {
        g.dispose();
      }
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      ImageIO.write(out, "png", bytes);
      return bytes.toByteArray();
    } catch (WriterException | IOException e) {
      throw new IllegalStateException("QR code could not be drawn", e);
    }
  }
}
