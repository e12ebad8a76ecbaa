package org.gridlink.identity;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.Set;
import org.gridlink.common.web.Messages;
import org.gridlink.common.web.ProblemException;

@Controller("/api/v1/auth")
@Tag(name = "Sign-in")
class AuthController {
  private final StaffAuthService auth;
  private final HttpClientAddressResolver addresses;

  AuthController(StaffAuthService auth, HttpClientAddressResolver addresses) {
    this.auth = auth;
    this.addresses = addresses;
  }

  @Operation(summary = "Staff sign-in with username and password")
  @Post("/login")
  @Secured(SecurityRule.IS_ANONYMOUS)
  AuthRecords.TokenResponse login(
      @Body @Valid AuthRecords.LoginRequest body, HttpRequest<?> request) {
    return auth.login(body.username().trim(), body.password(), ClientInfo.of(request, addresses));
  }

  @Operation(summary = "Change one's own staff password; answers a fresh token")
  @Post("/password")
  @Secured(SecurityRule.IS_AUTHENTICATED)
  AuthRecords.TokenResponse changePassword(
      @Body @Valid AuthRecords.ChangePasswordRequest body,
      Authentication authentication,
      HttpRequest<?> request) {
    String username = StaffSubjects.usernameOf(authentication.getName());
    if (username == null) {
      throw new ProblemException(HttpStatus.FORBIDDEN, "forbidden", "problem.password.staff-only");
    }
    return auth.changePassword(
        username, body.currentPassword(), body.newPassword(), Messages.localeOf(request));
  }

  @Operation(summary = "Who the bearer token stands for")
  @Get("/me")
  @Secured(SecurityRule.IS_AUTHENTICATED)
  AuthRecords.MeResponse me(Authentication authentication) {
    Object name = authentication.getAttributes().get(TokenIssuer.DISPLAY_NAME);
    return new AuthRecords.MeResponse(
        authentication.getName(),
        name == null ? authentication.getName() : name.toString(),
        Set.copyOf(authentication.getRoles()));
  }
}
