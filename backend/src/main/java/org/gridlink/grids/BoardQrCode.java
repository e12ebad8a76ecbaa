package org.gridlink.grids;

/**
 * The QR code printed on a grid's notice board, opening that grid's board. The plain QR code is the
 * default; the WeChat mini-program code can replace this bean ({@code @Replaces}) later.
 */
public interface BoardQrCode {
  /** A PNG of about {@code sizePixels} square. */
  byte[] png(String gridCode, int sizePixels);
}
