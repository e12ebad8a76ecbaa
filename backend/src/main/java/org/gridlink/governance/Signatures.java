package org.gridlink.governance;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The request signature both sides use: HMAC-SHA256 (Base64) over {@code METHOD \n target \n
 * timestamp \n nonce \n hex(SHA-256(body))}, where target is the path plus query string as sent and
 * timestamp is Unix seconds.
 */
final class Signatures {
  static final String KEY_ID = "X-GL-Key-Id";
  static final String TIMESTAMP = "X-GL-Timestamp";
  static final String NONCE = "X-GL-Nonce";
  static final String SIGNATURE = "X-GL-Signature";

  private Signatures() {}

  static String canonical(
      String method, String target, String timestamp, String nonce, byte[] body) {
    return method.toUpperCase(java.util.Locale.ROOT)
        + "\n"
        + target
        + "\n"
        + timestamp
        + "\n"
        + nonce
        + "\n"
        + sha256Hex(body);
  }

  static String sign(String secret, String canonical) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return Base64.getEncoder()
          .encodeToString(mac.doFinal(canonical.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 unavailable", e);
    }
  }

  /** The four headers for one request, with a fresh nonce. */
  static Map<String, String> headers(
      String keyId, String secret, String method, String target, byte[] body, Instant now) {
    String ts = Long.toString(now.getEpochSecond());
    String nonce = UUID.randomUUID().toString();
    Map<String, String> h = new LinkedHashMap<>();
    h.put(KEY_ID, keyId);
    h.put(TIMESTAMP, ts);
    h.put(NONCE, nonce);
    h.put(SIGNATURE, sign(secret, canonical(method, target, ts, nonce, body)));
    return h;
  }

  static boolean matches(String expected, String given) {
    return MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
  }

  static String sha256Hex(byte[] body) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(body == null ? new byte[0] : body));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 unavailable", e);
    }
  }
}
