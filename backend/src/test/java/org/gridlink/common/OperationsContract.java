package org.gridlink.common;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import org.gridlink.support.Api;
import org.junit.jupiter.api.Test;

/** Health (database, and Redis when configured) and Prometheus metrics. */
abstract class OperationsContract {
  @Inject Api api;

  abstract boolean redisConfigured();

  @Test
  void healthIsUpAndNamesItsDependencies() {
    var r = api.get("/health").send();
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(r.text("status")).isEqualTo("UP");
    assertThat(r.body()).contains("jdbc");
    if (redisConfigured()) {
      assertThat(r.body()).contains("redis");
    }
  }

  @Test
  void prometheusExposesHttpMetrics() {
    api.get("/api/v1/ping").send();
    var r = api.get("/prometheus").send();
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.body()).contains("http_server_requests_seconds").contains("jvm_memory_used_bytes");
  }
}
