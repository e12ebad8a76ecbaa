package org.gridlink.common.web;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * Security headers on every response: no MIME sniffing, no framing (clickjacking), a strict content
 * security policy for our own pages (map tiles from the configured tile host). Swagger UI's
 * generated page needs inline script, so only its path gets a looser script policy.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class SecurityHeadersFilter {
  private final String csp;
  private final String swaggerCsp;

  SecurityHeadersFilter(ContentSecurityPolicy policy) {
    this.csp = policy.pages();
    this.swaggerCsp = policy.swaggerUi();
  }

  @ResponseFilter
  void secure(HttpRequest<?> request, MutableHttpResponse<?> response) {
    MutableHttpResponse<?> r = response;
    r.header("X-Content-Type-Options", "nosniff");
    r.header("X-Frame-Options", "DENY");
    r.header("Referrer-Policy", "strict-origin-when-cross-origin");
    r.header("Permissions-Policy", "camera=(self), geolocation=(self), microphone=()");
    String path = request.getPath();
    r.header("Content-Security-Policy", path.startsWith("/swagger-ui") ? swaggerCsp : csp);
    if (path.startsWith("/api/")) {
      r.header(HttpHeaders.CACHE_CONTROL, "no-store");
    }
  }
}
