package org.gridlink.identity;

import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.generator.AccessTokenConfiguration;
import io.micronaut.security.token.generator.TokenGenerator;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Signs short-lived access tokens (JWT) carrying the subject, roles and display name. */
@Singleton
class TokenIssuer {
  static final String DISPLAY_NAME = "displayName";
  static final String PASSWORD_CHANGE = "pwdChange";

  private final TokenGenerator generator;
  private final AccessTokenConfiguration config;

  TokenIssuer(TokenGenerator generator, AccessTokenConfiguration config) {
    this.generator = generator;
    this.config = config;
  }

  AuthRecords.TokenResponse issue(
      String subject, String displayName, Set<Role> roles, boolean passwordChangeRequired) {
    Map<String, Object> claims = new HashMap<>();
    claims.put(DISPLAY_NAME, displayName);
    if (passwordChangeRequired) {
      claims.put(PASSWORD_CHANGE, true);
    }
    Authentication auth =
        Authentication.build(
            subject, roles.stream().map(Role::name).collect(Collectors.toList()), claims);
    int expiresIn = config.getExpiration();
    String token =
        generator
            .generateToken(auth, expiresIn)
            .orElseThrow(() -> new IllegalStateException("JWT signing is not configured"));
    return new AuthRecords.TokenResponse(
        token, "Bearer", expiresIn, subject, displayName, roles, passwordChangeRequired);
  }
}
