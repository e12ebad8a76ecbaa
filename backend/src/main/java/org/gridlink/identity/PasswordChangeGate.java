package org.gridlink.identity;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.security.authentication.Authentication;
import java.util.Set;
import org.gridlink.common.web.ProblemException;

/**
 * A one-time password (the first admin's, or one an admin set for someone) only opens the door to
 * choosing a new password: every other API call answers 403 until it is changed.
 */
@ServerFilter("/api/**")
class PasswordChangeGate implements Ordered {
  private static final Set<String> ALLOWED = Set.of("/api/v1/auth/password", "/api/v1/auth/me");

  @RequestFilter
  void gate(HttpRequest<?> request) {
    if (ALLOWED.contains(request.getPath())) {
      return;
    }
    request
        .getUserPrincipal(Authentication.class)
        .filter(a -> Boolean.TRUE.equals(a.getAttributes().get(TokenIssuer.PASSWORD_CHANGE)))
        .ifPresent(
            a -> {
              throw new ProblemException(
                  HttpStatus.FORBIDDEN,
                  "password-change-required",
                  "problem.password-change-required.detail");
            });
  }

  @Override
  public int getOrder() {
    return ServerFilterPhase.SECURITY.after();
  }
}
