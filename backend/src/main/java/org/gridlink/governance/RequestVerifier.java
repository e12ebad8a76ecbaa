package org.gridlink.governance;

import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import org.gridlink.common.web.ProblemException;

/**
 * Checks a signed request from the governance system, in an order that never lets an unsigned
 * request spend a nonce: headers present, key id known, timestamp within the tolerance, signature,
 * then nonce unused. Each failure is a 401 problem whose type names the check.
 */
@Singleton
class RequestVerifier {
  private final GovernanceProperties properties;
  private final NonceStore nonces;
  private final Clock clock;

  RequestVerifier(GovernanceProperties properties, NonceStore nonces, Clock clock) {
    this.properties = properties;
    this.nonces = nonces;
    this.clock = clock;
  }

  void verify(
      String method,
      String target,
      String keyId,
      String timestamp,
      String nonce,
      String signature,
      byte[] body) {
    if (blank(keyId) || blank(timestamp) || blank(nonce) || blank(signature)) {
      throw fail("signature-missing", "problem.governance.signature-missing");
    }
    String secret = properties.secret(keyId);
    if (secret == null) {
      throw fail("signature-unknown-key", "problem.governance.signature-unknown-key");
    }
    long seconds;
    try {
      seconds = Long.parseLong(timestamp);
    } catch (NumberFormatException e) {
      throw fail("signature-stale", "problem.governance.signature-stale");
    }
    long skew = Math.abs(clock.instant().getEpochSecond() - seconds);
    if (skew > properties.getClockTolerance().toSeconds()) {
      throw fail("signature-stale", "problem.governance.signature-stale");
    }
    String expected =
        Signatures.sign(secret, Signatures.canonical(method, target, timestamp, nonce, body));
    if (!Signatures.matches(expected, signature)) {
      throw fail("signature-mismatch", "problem.governance.signature-mismatch");
    }
    // Twice the tolerance: a nonce must stay spent for as long as its timestamp is acceptable.
    Duration ttl = properties.getClockTolerance().multipliedBy(2);
    if (!nonces.firstUse(keyId + ":" + nonce, ttl)) {
      throw fail("signature-replayed", "problem.governance.signature-replayed");
    }
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static ProblemException fail(String slug, String key) {
    return new ProblemException(HttpStatus.UNAUTHORIZED, slug, key);
  }
}
