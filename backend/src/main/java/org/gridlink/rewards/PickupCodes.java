package org.gridlink.rewards;

import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Unguessable codes from a SecureRandom: the redemption reference, the token in the pickup QR code
 * (192 bits) and the 8 digits staff can type when the QR cannot be scanned (only staff can verify a
 * code, and a code works once).
 */
@Singleton
class PickupCodes {
  private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();
  private final SecureRandom random = new SecureRandom();

  String ref() {
    return token(12);
  }

  String qrToken() {
    return "GLR-" + token(24);
  }

  String shortCode() {
    return String.format("%08d", random.nextInt(100_000_000));
  }

  private String token(int bytes) {
    byte[] b = new byte[bytes];
    random.nextBytes(b);
    return URL.encodeToString(b);
  }
}
