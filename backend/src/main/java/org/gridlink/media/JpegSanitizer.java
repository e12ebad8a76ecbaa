package org.gridlink.media;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputDirectory;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;

/**
 * Makes the served copy of a JPEG without re-encoding it: every APPn segment (EXIF, XMP, ICC, maker
 * notes, embedded thumbnails, IPTC) and every comment is dropped, so is anything after the end
 * marker; then, if the photo is not upright, a fresh EXIF block holding only the Orientation tag is
 * written so phones' portrait photos still display the right way up.
 */
final class JpegSanitizer {
  private JpegSanitizer() {}

  static byte[] sanitize(byte[] jpeg, int orientation) throws BadImageException {
    byte[] stripped = stripSegments(jpeg);
    if (orientation == 1) {
      return stripped;
    }
    try {
      TiffOutputSet exif = new TiffOutputSet();
      TiffOutputDirectory root = exif.getOrCreateRootDirectory();
      root.add(TiffTagConstants.TIFF_TAG_ORIENTATION, (short) orientation);
      ByteArrayOutputStream out = new ByteArrayOutputStream(stripped.length + 256);
      new ExifRewriter().updateExifMetadataLossless(stripped, out, exif);
      return out.toByteArray();
    } catch (IOException | RuntimeException e) {
      throw new BadImageException("cannot write the orientation tag", e);
    }
  }

  /** Copies the segments that make the picture (tables, frame, scans) and nothing else. */
  static byte[] stripSegments(byte[] in) throws BadImageException {
    int n = in.length;
    if (n < 4 || u(in, 0) != 0xFF || u(in, 1) != 0xD8) {
      throw new BadImageException("not a JPEG");
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(n);
    out.write(0xFF);
    out.write(0xD8);
    int i = 2;
    while (i + 1 < n) {
      if (u(in, i) != 0xFF) {
        throw new BadImageException("marker expected at " + i);
      }
      int marker = u(in, i + 1);
      if (marker == 0xFF) { // fill byte before a marker
        i++;
        continue;
      }
      if (marker == 0xD9) {
        out.write(0xFF);
        out.write(0xD9);
        return out.toByteArray();
      }
      if ((marker >= 0xD0 && marker <= 0xD7) || marker == 0x01) {
        out.write(0xFF);
        out.write(marker);
        i += 2;
        continue;
      }
      if (i + 4 > n) {
        throw new BadImageException("truncated segment");
      }
      int length = (u(in, i + 2) << 8) | u(in, i + 3);
      if (length < 2 || i + 2 + length > n) {
        throw new BadImageException("segment overruns the file");
      }
      boolean metadata = (marker >= 0xE0 && marker <= 0xEF) || marker == 0xFE;
      if (!metadata) {
        out.write(in, i, 2 + length);
      }
      i += 2 + length;
      if (marker == 0xDA) {
        int start = i;
        i = endOfEntropyCodedData(in, i);
        out.write(in, start, i - start);
      }
    }
    throw new BadImageException("no end-of-image marker: the file is truncated");
  }

  /** Entropy-coded data runs until a marker that is neither a stuffed 0xFF00 nor a restart. */
  private static int endOfEntropyCodedData(byte[] in, int i) {
    int n = in.length;
    while (i + 1 < n) {
      if (u(in, i) == 0xFF) {
        int next = u(in, i + 1);
        if (next == 0x00 || (next >= 0xD0 && next <= 0xD7)) {
          i += 2;
          continue;
        }
        if (next != 0xFF) {
          return i;
        }
      }
      i++;
    }
    return n;
  }

  private static int u(byte[] b, int i) {
    return b[i] & 0xFF;
  }
}
