package org.gridlink.identity;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

/** Resident sign-in from the mini-program, token refresh and sign-out. */
@Controller("/api/v1/auth")
@Tag(name = "Sign-in")
@ExecuteOn(TaskExecutors.BLOCKING)
class ResidentAuthController {
  private final ResidentService residents;
  private final ResidentSessions sessions;
  private final HttpClientAddressResolver addresses;

  ResidentAuthController(
      ResidentService residents, ResidentSessions sessions, HttpClientAddressResolver addresses) {
    this.residents = residents;
    this.sessions = sessions;
    this.addresses = addresses;
  }

  @Operation(summary = "Resident sign-in with a wx.login code (answers 503 in WeChat dev mode)")
  @Post("/wechat")
  @Secured(SecurityRule.IS_ANONYMOUS)
  ResidentRecords.TokenResponse wechat(
      @Body @Valid ResidentRecords.WechatLoginRequest body, HttpRequest<?> request) {
    return residents.signInWithWechat(body.code().trim(), ClientInfo.of(request, addresses));
  }

  @Operation(summary = "Swap a refresh token for a new session (the old token is used up)")
  @Post("/refresh")
  @Secured(SecurityRule.IS_ANONYMOUS)
  ResidentRecords.TokenResponse refresh(@Body @Valid ResidentRecords.RefreshRequest body) {
    return sessions.refresh(body.refreshToken());
  }

  @Operation(summary = "Sign out: the refresh token and every token refreshed from it stop working")
  @Post("/logout")
  @Secured(SecurityRule.IS_ANONYMOUS)
  HttpResponse<Void> logout(@Body @Valid ResidentRecords.RefreshRequest body) {
    sessions.end(body.refreshToken());
    return HttpResponse.noContent();
  }
}
