package org.gridlink.common.web;

import io.micronaut.context.propagation.slf4j.MdcPropagationContext;
import io.micronaut.core.order.Ordered;
import io.micronaut.core.propagation.MutablePropagatedContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.MDC;

/**
 * Gives every request an id (the caller's {@code X-Request-Id} if it is sane, else a new one), puts
 * it in the logging context and echoes it in the response and in every problem document, so a
 * resident's screenshot of an error leads straight to the log lines.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class RequestIdFilter implements Ordered {
  public static final String HEADER = "X-Request-Id";
  public static final String MDC_KEY = "requestId";
  private static final String ATTRIBUTE = "gridlink.requestId";
  private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._-]{8,64}");

  @RequestFilter
  void assign(HttpRequest<?> request, MutablePropagatedContext context) {
    String offered = request.getHeaders().get(HEADER);
    String id = offered != null && SANE.matcher(offered).matches() ? offered : newId();
    request.setAttribute(ATTRIBUTE, id);
    MDC.put(MDC_KEY, id);
    try {
      context.add(new MdcPropagationContext());
    } finally {
      MDC.remove(MDC_KEY);
    }
  }

  @ResponseFilter
  void echo(HttpRequest<?> request, MutableHttpResponse<?> response) {
    String id = requestId(request);
    if (id != null) {
      response.header(HEADER, id);
    }
  }

  /** The id assigned to this request, or {@code null} outside the server's filter chain. */
  public static String requestId(HttpRequest<?> request) {
    return request.getAttribute(ATTRIBUTE, String.class).orElse(null);
  }

  private static String newId() {
    return UUID.randomUUID().toString().replace("-", "");
  }

  @Override
  public int getOrder() {
    return ServerFilterPhase.FIRST.order();
  }
}
