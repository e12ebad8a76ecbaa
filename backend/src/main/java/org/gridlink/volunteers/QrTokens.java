package org.gridlink.volunteers;

import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.gridlink.common.web.ProblemException;

/**
 * The check-in QR code's token: {@code activityId.window.signature}, where window counts {@code
 * qrWindow} periods (30 s) since the epoch and the signature is an HMAC-SHA256 of the two under the
 * configured key. A photo of the screen passed to someone at home is useless a minute later; the
 * current window and the one before are accepted, so a scan at the moment the code changes still
 * works.
 */
@Singleton
class QrTokens {
  private static final int SIGNATURE_BYTES = 16;

  /** A token and when the screen should show the next one. */
  record Issued(String token, Instant refreshAt) {}

  private final SecretKeySpec key;
  private final long windowSeconds;

  QrTokens(VolunteersProperties properties) {
    this.key =
        new SecretKeySpec(properties.getQrKey().getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    this.windowSeconds = Math.max(1, properties.getQrWindow().toSeconds());
  }

  Issued issue(long activityId, Instant now) {
    long window = window(now);
    return new Issued(
        activityId + "." + window + "." + sign(activityId, window),
        Instant.ofEpochSecond((window + 1) * windowSeconds));
  }

  /** The activity a token was issued for; 400 problems when forged, garbled or expired. */
  long verify(String token, Instant now) {
    String[] parts = token == null ? new String[0] : token.trim().split("\\.");
    long activityId;
    long window;
    try {
      if (parts.length != 3) {
        throw invalid();
      }
      activityId = Long.parseLong(parts[0]);
      window = Long.parseLong(parts[1]);
    } catch (NumberFormatException e) {
      throw invalid();
    }
    byte[] expected = sign(activityId, window).getBytes(StandardCharsets.US_ASCII);
    if (!MessageDigest.isEqual(expected, parts[2].getBytes(StandardCharsets.US_ASCII))) {
      throw invalid();
    }
    long current = window(now);
    if (window > current) {
      throw invalid();
    }
    if (window < current - 1) {
      throw new ProblemException(
          HttpStatus.BAD_REQUEST, "qr-expired", "problem.volunteers.qr-expired");
    }
    return activityId;
  }

  private long window(Instant now) {
    return Math.floorDiv(now.getEpochSecond(), windowSeconds);
  }

  private String sign(long activityId, long window) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      byte[] full = mac.doFinal((activityId + "." + window).getBytes(StandardCharsets.US_ASCII));
      return Base64.getUrlEncoder()
          .withoutPadding()
          .encodeToString(Arrays.copyOf(full, SIGNATURE_BYTES));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JRE", e);
    }
  }

  private static ProblemException invalid() {
    return new ProblemException(
        HttpStatus.BAD_REQUEST, "qr-invalid", "problem.volunteers.qr-invalid");
  }
}
