package org.gridlink.identity;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import org.gridlink.common.web.RequestIdFilter;

/** Where a request came from, for rate limits and the audit log. */
record ClientInfo(String ip, String requestId) {
  static ClientInfo of(HttpRequest<?> request, HttpClientAddressResolver resolver) {
    String ip = resolver.resolve(request);
    return new ClientInfo(ip == null ? "unknown" : ip, RequestIdFilter.requestId(request));
  }
}
