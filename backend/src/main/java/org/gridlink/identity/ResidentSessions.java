package org.gridlink.identity;

import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;
import org.gridlink.common.web.ProblemException;

/**
 * A resident's session: a short-lived access token (JWT) plus a rotating refresh token. Refresh
 * tokens are random, stored only hashed, single use; presenting a used one again revokes its whole
 * family (the thief and the owner both have to sign in again).
 */
@Singleton
class ResidentSessions {
  static final Duration REFRESH_TTL = Duration.ofDays(30);

  private final RefreshTokenRepository tokens;
  private final ResidentAccountRepository accounts;
  private final TokenIssuer issuer;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  ResidentSessions(
      RefreshTokenRepository tokens,
      ResidentAccountRepository accounts,
      TokenIssuer issuer,
      Clock clock) {
    this.tokens = tokens;
    this.accounts = accounts;
    this.issuer = issuer;
    this.clock = clock;
  }

  ResidentRecords.TokenResponse start(ResidentAccount account) {
    return issue(account, UUID.randomUUID().toString());
  }

  ResidentRecords.TokenResponse refresh(String presented) {
    Instant now = clock.instant();
    RefreshToken token =
        tokens.findByTokenHash(hash(presented)).orElseThrow(ResidentSessions::invalid);
    if (token.revokedAt() != null || !token.expiresAt().isAfter(now)) {
      throw invalid();
    }
    if (token.rotatedAt() != null || tokens.markRotated(token.id(), now) == 0) {
      // Used before: someone replays a stolen token, or the owner does after a thief.
      tokens.revokeFamily(token.familyId(), now);
      throw invalid();
    }
    ResidentAccount account =
        accounts
            .findById(token.residentId())
            .filter(a -> a.deletedAt() == null)
            .orElseThrow(ResidentSessions::invalid);
    return issue(account, token.familyId());
  }

  /** Ends the session the refresh token belongs to; unknown tokens are ignored. */
  void end(String presented) {
    tokens
        .findByTokenHash(hash(presented))
        .ifPresent(t -> tokens.revokeFamily(t.familyId(), clock.instant()));
  }

  void endAll(long residentId) {
    tokens.revokeAllOf(residentId, clock.instant());
  }

  private ResidentRecords.TokenResponse issue(ResidentAccount account, String familyId) {
    Instant now = clock.instant();
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    String refresh = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    tokens.save(
        new RefreshToken(
            null, account.id(), familyId, hash(refresh), now, now.plus(REFRESH_TTL), null, null));
    AuthRecords.TokenResponse access =
        issuer.issue(account.subject(), account.displayName(), account.roleSet(), false);
    return new ResidentRecords.TokenResponse(
        access.accessToken(),
        access.tokenType(),
        access.expiresIn(),
        refresh,
        REFRESH_TTL.toSeconds(),
        access.subject(),
        access.displayName(),
        access.roles());
  }

  static String hash(String token) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static ProblemException invalid() {
    return new ProblemException(
        HttpStatus.UNAUTHORIZED, "refresh-token-invalid", "problem.refresh-token-invalid.detail");
  }
}
