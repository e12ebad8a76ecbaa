package org.gridlink.media;

import java.io.ByteArrayOutputStream;
import java.util.Set;

/**
 * The served copy of a PNG: the picture's chunks only. Text, time, EXIF and ICC chunks (which can
 * name the device or carry a location) are dropped; PNG has no orientation to keep.
 */
final class PngSanitizer {
  private static final Set<String> KEPT =
      Set.of("IHDR", "PLTE", "IDAT", "IEND", "tRNS", "gAMA", "cHRM", "sRGB", "sBIT", "bKGD");

  private PngSanitizer() {}

  static byte[] sanitize(byte[] png) throws BadImageException {
    int n = png.length;
    ByteArrayOutputStream out = new ByteArrayOutputStream(n);
    out.write(png, 0, 8);
    int i = 8;
    while (i + 12 <= n) {
      long length =
          ((long) (png[i] & 0xFF) << 24)
              | ((png[i + 1] & 0xFF) << 16)
              | ((png[i + 2] & 0xFF) << 8)
              | (png[i + 3] & 0xFF);
      if (length < 0 || i + 12 + length > n) {
        throw new BadImageException("chunk overruns the file");
      }
      String type = new String(png, i + 4, 4, java.nio.charset.StandardCharsets.ISO_8859_1);
      int total = (int) (12 + length);
      if (KEPT.contains(type)) {
        out.write(png, i, total);
      }
      i += total;
      if (type.equals("IEND")) {
        return out.toByteArray();
      }
    }
    throw new BadImageException("no IEND chunk: the file is truncated");
  }
}
