package org.gridlink.grids;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import jakarta.inject.Singleton;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import javax.imageio.ImageIO;

/** A plain QR code (ZXing) of the board's public URL, {@code {public-url}/#/g/{code}}. */
@Singleton
class PlainBoardQrCode implements BoardQrCode {
  private final GridBoards boards;

  PlainBoardQrCode(GridBoards boards) {
    this.boards = boards;
  }

  @Override
  public byte[] png(String gridCode, int sizePixels) {
    try {
      BitMatrix matrix =
          new QRCodeWriter()
              .encode(
                  boards.qrUrl(gridCode),
                  BarcodeFormat.QR_CODE,
                  sizePixels,
                  sizePixels,
                  Map.of(
                      EncodeHintType.ERROR_CORRECTION,
                      ErrorCorrectionLevel.M,
                      EncodeHintType.MARGIN,
                      2));
      BufferedImage image =
          new BufferedImage(matrix.getWidth(), matrix.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
      for (int y = 0; y < matrix.getHeight(); y++) {
        for (int x = 0; x < matrix.getWidth(); x++) {
          image.setRGB(x, y, matrix.get(x, y) ? 0x000000 : 0xFFFFFF);
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ImageIO.write(image, "png", out);
      return out.toByteArray();
    } catch (WriterException e) {
      throw new IllegalStateException("QR code could not be encoded", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
