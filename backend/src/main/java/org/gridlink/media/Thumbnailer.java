package org.gridlink.media;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Small upright previews. The photo is decoded with source subsampling (a 4608-pixel photo is read
 * at a quarter of its size or less, so a full-size bitmap never exists), turned upright by its
 * orientation, scaled to the target's long side and written as a JPEG that carries no metadata.
 */
final class Thumbnailer {
  private Thumbnailer() {}

  record Thumbnail(byte[] jpeg, int width, int height) {}

  static Thumbnail make(byte[] image, int width, int height, int orientation, int longSide)
      throws BadImageException {
    BufferedImage decoded = decodeSubsampled(image, Math.max(width, height), longSide);
    BufferedImage upright = orient(decoded, orientation);
    BufferedImage scaled = scale(upright, longSide);
    return new Thumbnail(encodeJpeg(scaled), scaled.getWidth(), scaled.getHeight());
  }

  static BufferedImage decodeSubsampled(byte[] image, int sourceLongSide, int targetLongSide)
      throws BadImageException {
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(image))) {
      Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
      if (!readers.hasNext()) {
        throw new BadImageException("no decoder");
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, true, true);
        ImageReadParam param = reader.getDefaultReadParam();
        int step = Math.max(1, sourceLongSide / targetLongSide);
        param.setSourceSubsampling(step, step, 0, 0);
        return reader.read(0, param);
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException e) {
      throw new BadImageException("the picture cannot be decoded", e);
    }
  }

  /** Applies EXIF orientation 1-8 so the pixels themselves are upright. */
  static BufferedImage orient(BufferedImage src, int orientation) {
    if (orientation <= 1 || orientation > 8) {
      return src;
    }
    int w = src.getWidth();
    int h = src.getHeight();
    boolean swap = orientation >= 5;
    AffineTransform t =
        switch (orientation) {
          case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0);
          case 3 -> new AffineTransform(-1, 0, 0, -1, w, h);
          case 4 -> new AffineTransform(1, 0, 0, -1, 0, h);
          case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);
          case 6 -> new AffineTransform(0, 1, -1, 0, h, 0);
          case 7 -> new AffineTransform(0, -1, -1, 0, h, w);
          default -> new AffineTransform(0, -1, 1, 0, 0, w); // 8
        };
    BufferedImage out = new BufferedImage(swap ? h : w, swap ? w : h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = out.createGraphics();
    try {
      g.drawImage(src, t, null);
    } finally {
      g.dispose();
    }
    return out;
  }

  private static BufferedImage scale(BufferedImage src, int longSide) {
    int w = src.getWidth();
    int h = src.getHeight();
    double factor = Math.min(1.0, (double) longSide / Math.max(w, h));
    int tw = Math.max(1, (int) Math.round(w * factor));
    int th = Math.max(1, (int) Math.round(h * factor));
    BufferedImage out = new BufferedImage(tw, th, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = out.createGraphics();
    try {
      g.setRenderingHint(
          RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
      g.setColor(Color.WHITE); // transparent PNG areas become white, not black
      g.fillRect(0, 0, tw, th);
      g.drawImage(src, 0, 0, tw, th, null);
    } finally {
      g.dispose();
    }
    return out;
  }

  private static byte[] encodeJpeg(BufferedImage image) throws BadImageException {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
      writer.setOutput(out);
      ImageWriteParam param = writer.getDefaultWriteParam();
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionQuality(0.82f);
      writer.write(null, new IIOImage(image, null, null), param);
    } catch (IOException e) {
      throw new BadImageException("thumbnail cannot be written", e);
    } finally {
      writer.dispose();
    }
    return bytes.toByteArray();
  }
}
