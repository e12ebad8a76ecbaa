package org.gridlink.identity;

import jakarta.inject.Singleton;
import org.gridlink.common.config.GridlinkProperties;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** Slow, salted password hashes (BCrypt from Spring Security Crypto). */
@Singleton
class PasswordHasher {
  private final BCryptPasswordEncoder encoder;

  /**
   * Compared against when the username is unknown, so both cases take the same time. Made on first
   * use, not at start-up: one hash at cost 12 is a noticeable part of the start time.
   */
  private volatile String decoyHash;

  PasswordHasher(GridlinkProperties properties) {
    this.encoder = new BCryptPasswordEncoder(properties.getLogin().getHashStrength());
  }

  String hash(String password) {
    return encoder.encode(password);
  }

  boolean matches(String password, String hash) {
    return encoder.matches(password, hash);
  }

  /** Burns the same time as a real check; always false. */
  boolean matchesNothing(String password) {
    String decoy = decoyHash;
    if (decoy == null) {
      decoy = encoder.encode("decoy-password-for-unknown-users");
      decoyHash = decoy;
    }
    encoder.matches(password, decoy);
    return false;
  }
}
