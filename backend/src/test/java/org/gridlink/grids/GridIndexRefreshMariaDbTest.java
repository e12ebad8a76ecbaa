package org.gridlink.grids;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.gridlink.support.Api;
import org.gridlink.support.MariaDbTest;
import org.gridlink.support.TestAccounts;
import org.junit.jupiter.api.Test;

/** Two instances on one MariaDB and Redis: an import through one reaches the other's index. */
@MariaDbTest
class GridIndexRefreshMariaDbTest {
  @Inject Api api;
  @Inject TestAccounts accounts;

  @Test
  void aSecondInstanceSeesAnImportMadeThroughTheFirst() throws Exception {
    try (EmbeddedServer second = ApplicationContext.run(EmbeddedServer.class, "test", "mariadb")) {
      TestGrids t = TestGrids.somewhere();
      String path = "/api/v1/grids/locate?lat=" + t.lat(0.5) + "&lng=" + t.lng(0.5);
      HttpClient http = HttpClient.newHttpClient();
      HttpRequest onSecond = HttpRequest.newBuilder(URI.create(second.getURL() + path)).build();
      assertThat(http.send(onSecond, HttpResponse.BodyHandlers.ofString()).body())
          .doesNotContain(t.code(1));

      var imported =
          api.post("/api/v1/admin/grids/import", t.block(1, 1)).bearer(accounts.admin()).send();
      assertThat(imported.status()).as(imported.body()).isEqualTo(200);
      // The first instance rebuilt before answering.
      assertThat(api.get(path).send().body()).contains(t.code(1));

      String seen = "";
      long deadline = System.nanoTime() + 20_000_000_000L;
      while (!seen.contains(t.code(1)) && System.nanoTime() < deadline) {
        Thread.sleep(100);
        seen = http.send(onSecond, HttpResponse.BodyHandlers.ofString()).body();
      }
      assertThat(seen).contains("\"code\":\"" + t.code(1) + "\"");
    }
  }

  @Test
  void aWorkerChangeThroughTheFirstReachesTheSecondsCachedBoard() throws Exception {
    try (EmbeddedServer second = ApplicationContext.run(EmbeddedServer.class, "test", "mariadb")) {
      TestGrids t = TestGrids.somewhere();
      var imported =
          api.post("/api/v1/admin/grids/import", t.block(1, 1)).bearer(accounts.admin()).send();
      assertThat(imported.status()).as(imported.body()).isEqualTo(200);
      String path = "/api/v1/grids/locate?lat=" + t.lat(0.5) + "&lng=" + t.lng(0.5);
      HttpClient http = HttpClient.newHttpClient();
      HttpRequest onSecond = HttpRequest.newBuilder(URI.create(second.getURL() + path)).build();
      // Wait until the second instance has the grid, so its board is cached without the worker.
      String seen = awaitOn(http, onSecond, "\"code\":\"" + t.code(1) + "\"");
      String name = "吴" + t.code(1).substring(9);
      assertThat(seen).doesNotContain(name);

      var worker =
          api.post(
                  "/api/v1/admin/workers",
                  java.util.Map.of(
                      "name",
                      name,
                      "role",
                      "GRID_WORKER",
                      "fullTime",
                      true,
                      "onDuty",
                      true,
                      "gridCodes",
                      java.util.List.of(t.code(1))))
              .bearer(accounts.admin())
              .send();
      assertThat(worker.status()).as(worker.body()).isEqualTo(201);
      assertThat(api.get(path).send().body()).contains(name);
      assertThat(awaitOn(http, onSecond, name)).contains(name);
    }
  }

  /** The second instance's answer once it contains {@code expected}, or its last answer. */
  private static String awaitOn(HttpClient http, HttpRequest request, String expected)
      throws Exception {
    String seen = "";
    long deadline = System.nanoTime() + 20_000_000_000L;
    while (!seen.contains(expected) && System.nanoTime() < deadline) {
      seen = http.send(request, HttpResponse.BodyHandlers.ofString()).body();
      if (!seen.contains(expected)) {
        Thread.sleep(100);
      }
    }
    return seen;
  }
}
