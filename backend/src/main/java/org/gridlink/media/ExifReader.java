package org.gridlink.media;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.apache.commons.imaging.Imaging;
import org.apache.commons.imaging.ImagingException;
import org.apache.commons.imaging.common.ImageMetadata;
import org.apache.commons.imaging.formats.jpeg.JpegImageMetadata;
import org.apache.commons.imaging.formats.tiff.TiffField;
import org.apache.commons.imaging.formats.tiff.TiffImageMetadata;
import org.apache.commons.imaging.formats.tiff.constants.ExifTagConstants;
import org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants;
import org.apache.commons.imaging.formats.tiff.taginfos.TagInfo;

/**
 * Reads EXIF with Commons Imaging. Broken metadata is not a broken photo: any failure here means
 * "no metadata", and the photo goes on.
 */
final class ExifReader {
  private static final DateTimeFormatter EXIF_TIME =
      DateTimeFormatter.ofPattern("yyyy:MM:dd HH:mm:ss");

  private ExifReader() {}

  static PhotoMetadata read(byte[] jpeg) {
    try {
      ImageMetadata metadata = Imaging.getMetadata(jpeg);
      if (!(metadata instanceof JpegImageMetadata jpegMeta) || jpegMeta.getExif() == null) {
        return PhotoMetadata.NONE;
      }
      TiffImageMetadata exif = jpegMeta.getExif();
      Double lat = null;
      Double lng = null;
      TiffImageMetadata.GpsInfo gps = exif.getGpsInfo();
      if (gps != null) {
        double la = gps.getLatitudeAsDegreesNorth();
        double lo = gps.getLongitudeAsDegreesEast();
        if (Double.isFinite(la)
            && Double.isFinite(lo)
            && Math.abs(la) <= 90
            && Math.abs(lo) <= 180) {
          lat = la;
          lng = lo;
        }
      }
      return new PhotoMetadata(
          true,
          orientation(jpegMeta),
          lat,
          lng,
          takenAt(jpegMeta),
          text(jpegMeta, TiffTagConstants.TIFF_TAG_MAKE),
          text(jpegMeta, TiffTagConstants.TIFF_TAG_MODEL));
    } catch (java.io.IOException | RuntimeException e) {
      return PhotoMetadata.NONE;
    }
  }

  private static int orientation(JpegImageMetadata meta) {
    try {
      TiffField field = meta.findExifValueWithExactMatch(TiffTagConstants.TIFF_TAG_ORIENTATION);
      int value = field == null ? 1 : field.getIntValue();
      return value >= 1 && value <= 8 ? value : 1;
    } catch (ImagingException | RuntimeException e) {
      return 1;
    }
  }

  private static LocalDateTime takenAt(JpegImageMetadata meta) {
    String raw = text(meta, ExifTagConstants.EXIF_TAG_DATE_TIME_ORIGINAL);
    if (raw == null) {
      return null;
    }
    try {
      return LocalDateTime.parse(raw.trim(), EXIF_TIME);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static String text(JpegImageMetadata meta, TagInfo tag) {
    try {
      TiffField field = meta.findExifValueWithExactMatch(tag);
      if (field == null) {
        return null;
      }
      String value = field.getStringValue().trim();
      return value.isEmpty() ? null : value.substring(0, Math.min(100, value.length()));
    } catch (ImagingException | RuntimeException e) {
      return null;
    }
  }
}
