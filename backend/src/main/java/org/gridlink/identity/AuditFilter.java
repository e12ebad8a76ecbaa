package org.gridlink.identity;

import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.authentication.Authentication;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Records every write a staff member, grid worker or administrator makes through the API, whether
 * it succeeded or not. A filter rather than calls sprinkled in features, so no new endpoint can
 * forget it.
 */
// Writes only: reads skip the filter and its hop to a blocking thread.
@ServerFilter(
    value = "/api/**",
    methods = {HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE})
class AuditFilter {
  private static final Set<HttpMethod> WRITES =
      EnumSet.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE);

  private final AuditLog audit;
  private final HttpClientAddressResolver addresses;

  AuditFilter(AuditLog audit, HttpClientAddressResolver addresses) {
    this.audit = audit;
    this.addresses = addresses;
  }

  @ResponseFilter
  @ExecuteOn(TaskExecutors.BLOCKING)
  void recordStaffWrite(HttpRequest<?> request, MutableHttpResponse<?> response) {
    if (!WRITES.contains(request.getMethod())) {
      return;
    }
    Optional<Authentication> auth = request.getUserPrincipal(Authentication.class);
    if (auth.isEmpty() || auth.get().getRoles().stream().noneMatch(AuditFilter::isStaffRole)) {
      return;
    }
    audit.save(
        auth.get().getName(),
        String.join(",", auth.get().getRoles()),
        "API_WRITE",
        request.getMethodName(),
        request.getPath(),
        response.getStatus().getCode(),
        ClientInfo.of(request, addresses),
        null);
  }

  private static boolean isStaffRole(String role) {
    try {
      return Role.valueOf(role).isStaffRole();
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
