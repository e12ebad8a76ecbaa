package org.gridlink.identity;

import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Named;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;

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
  private final AuditLog audit;
  private final HttpClientAddressResolver addresses;
  private final ExecutorService blocking;

  AuditFilter(
      AuditLog audit,
      HttpClientAddressResolver addresses,
      @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
    this.audit = audit;
    this.addresses = addresses;
    this.blocking = blocking;
  }

  /** Decided on the calling thread; only a staff write goes to a blocking thread to be stored. */
  @ResponseFilter
  CompletableFuture<MutableHttpResponse<?>> recordStaffWrite(
      HttpRequest<?> request, MutableHttpResponse<?> response) {
    Optional<Authentication> auth = request.getUserPrincipal(Authentication.class);
    if (auth.isEmpty() || auth.get().getRoles().stream().noneMatch(AuditFilter::isStaffRole)) {
      return CompletableFuture.completedFuture(response);
    }
    return CompletableFuture.supplyAsync(() -> save(request, response, auth.get()), blocking);
  }

  private MutableHttpResponse<?> save(
      HttpRequest<?> request, MutableHttpResponse<?> response, Authentication auth) {
    audit.save(
        auth.getName(),
        String.join(",", auth.getRoles()),
        "API_WRITE",
        request.getMethodName(),
        request.getPath(),
        response.getStatus().getCode(),
        ClientInfo.of(request, addresses),
        null);
    return response;
  }

  private static boolean isStaffRole(String role) {
    try {
      return Role.valueOf(role).isStaffRole();
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
