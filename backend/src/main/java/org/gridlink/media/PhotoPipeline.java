package org.gridlink.media;

import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.apache.commons.imaging.ImageInfo;
import org.apache.commons.imaging.Imaging;
import org.gridlink.common.web.ProblemException;

/**
 * From uploaded bytes to what is kept: the format from the bytes, the size from the header before
 * any pixel is decoded (decompression bombs stop here), the metadata as evidence, a served copy
 * stripped losslessly, and an upright thumbnail. Nothing of the original is kept.
 */
@Singleton
class PhotoPipeline {
  private final MediaProperties properties;

  PhotoPipeline(MediaProperties properties) {
    this.properties = properties;
  }

  record Processed(
      ImageFormat format,
      int width,
      int height,
      PhotoMetadata metadata,
      byte[] served,
      Thumbnailer.Thumbnail thumbnail,
      String sha256) {}

  Processed process(byte[] bytes) {
    ImageFormat format = ImageFormat.sniff(bytes);
    if (!format.accepted) {
      String key = format == ImageFormat.HEIF ? "problem.media.heic" : "problem.media.format";
      throw new ProblemException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", key);
    }
    int[] size = dimensions(bytes);
    long pixels = (long) size[0] * size[1];
    if (pixels > (long) properties.getMaxMegapixels() * 1_000_000L) {
      throw new ProblemException(
          HttpStatus.BAD_REQUEST,
          "photo-too-many-pixels",
          "problem.media.too-many-pixels",
          properties.getMaxMegapixels());
    }
    try {
      PhotoMetadata metadata =
          format == ImageFormat.JPEG ? ExifReader.read(bytes) : PhotoMetadata.NONE;
      byte[] served =
          format == ImageFormat.JPEG
              ? JpegSanitizer.sanitize(bytes, metadata.orientation())
              : PngSanitizer.sanitize(bytes);
      Thumbnailer.Thumbnail thumb =
          Thumbnailer.make(
              served, size[0], size[1], metadata.orientation(), properties.getThumbnailLongSide());
      return new Processed(format, size[0], size[1], metadata, served, thumb, sha256(served));
    } catch (BadImageException e) {
      throw unreadable();
    }
  }

  private static int[] dimensions(byte[] bytes) {
    try {
      ImageInfo info = Imaging.getImageInfo(bytes);
      if (info.getWidth() <= 0 || info.getHeight() <= 0) {
        throw unreadable();
      }
      return new int[] {info.getWidth(), info.getHeight()};
    } catch (IOException | RuntimeException e) {
      if (e instanceof ProblemException p) {
        throw p;
      }
      throw unreadable();
    }
  }

  private static ProblemException unreadable() {
    return new ProblemException(
        HttpStatus.BAD_REQUEST, "photo-unreadable", "problem.media.unreadable");
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
