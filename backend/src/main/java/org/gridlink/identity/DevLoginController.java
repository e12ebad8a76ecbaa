package org.gridlink.identity;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.Set;

/**
 * Sign in as anyone with any role, for trying GridLink on a laptop. The bean only exists in the
 * embedded mode; in production the route does not exist at all (404), and ProductionGuard refuses
 * the embedded mode.
 */
@Controller("/api/v1/auth/dev")
@Requires(property = "gridlink.mode", value = "embedded")
@Tag(name = "Sign-in")
class DevLoginController {
  private final TokenIssuer tokens;

  DevLoginController(TokenIssuer tokens) {
    this.tokens = tokens;
  }

  @Operation(summary = "Development sign-in (embedded mode only)")
  @Post
  @Secured(SecurityRule.IS_ANONYMOUS)
  AuthRecords.TokenResponse login(@Body @Valid AuthRecords.DevLoginRequest body) {
    String name = body.name().trim();
    return tokens.issue("dev:" + body.role() + ":" + name, name, Set.of(body.role()), false);
  }
}
