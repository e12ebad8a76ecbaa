package org.gridlink.media;

import java.nio.charset.StandardCharsets;

/** What a file is, judged by its first bytes: names and declared content types are not trusted. */
enum ImageFormat {
  JPEG("image/jpeg", true),
  PNG("image/png", true),
  HEIF("image/heif", false),
  GIF("image/gif", false),
  WEBP("image/webp", false),
  UNKNOWN("application/octet-stream", false);

  final String contentType;
  final boolean accepted;

  ImageFormat(String contentType, boolean accepted) {
    this.contentType = contentType;
    this.accepted = accepted;
  }

  static ImageFormat sniff(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
      return JPEG;
    }
    if (b.length >= 8
        && (b[0] & 0xFF) == 0x89
        && b[1] == 'P'
        && b[2] == 'N'
        && b[3] == 'G'
        && b[4] == 0x0D
        && b[5] == 0x0A
        && b[6] == 0x1A
        && b[7] == 0x0A) {
      return PNG;
    }
    if (b.length >= 6 && ascii(b, 0, 4).equals("GIF8")) {
      return GIF;
    }
    if (b.length >= 12 && ascii(b, 0, 4).equals("RIFF") && ascii(b, 8, 4).equals("WEBP")) {
      return WEBP;
    }
    if (b.length >= 12 && ascii(b, 4, 4).equals("ftyp")) {
      String brand = ascii(b, 8, 4);
      if (brand.startsWith("hei")
          || brand.startsWith("hev")
          || brand.equals("mif1")
          || brand.equals("msf1")
          || brand.equals("avif")) {
        return HEIF;
      }
    }
    return UNKNOWN;
  }

  private static String ascii(byte[] b, int from, int length) {
    return new String(b, from, length, StandardCharsets.ISO_8859_1);
  }
}
