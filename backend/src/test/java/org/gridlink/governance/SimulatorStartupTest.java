package org.gridlink.governance;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import java.net.ServerSocket;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The embedded default starts the simulator where the base URL points, answering signed calls. */
class SimulatorStartupTest {

  @Test
  void embeddedModeStartsTheSimulatorOnTheBaseUrlPort() throws Exception {
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    try (ApplicationContext ctx =
        ApplicationContext.run(
            Map.of(
                "gridlink.governance.simulator.enabled",
                true,
                "gridlink.governance.base-url",
                "http://127.0.0.1:" + port + "/v1"),
            "test")) {
      var r = ctx.getBean(GovernanceClient.class).get("/case-events?after=");
      // 200, not 401: the simulator verified GridLink's signature with the configured key.
      assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
      assertThat(r.body()).doesNotContain("caseId");
    }
  }
}
