package org.gridlink.common.web;

import io.micronaut.core.annotation.NonBlocking;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;

/** A constant, dependency-free answer: liveness for clients and the throughput baseline. */
@Controller("/api/v1/ping")
@Secured(SecurityRule.IS_ANONYMOUS)
class PingController {
  private static final Ping PONG = new Ping("ok", "gridlink");

  @Get
  @NonBlocking
  Ping ping() {
    return PONG;
  }

  @Serdeable
  record Ping(String status, String service) {}
}
