package org.gridlink;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * The build's AppCDS training run: after start-up, call a few endpoints so their classes are loaded
 * too, then stop. The JVM (started with -XX:ArchiveClassesAtExit) writes every loaded class to an
 * archive that later starts map instead of parsing the jar again: start-up time roughly halves (see
 * docs/benchmarks.md).
 */
final class ClassDataSharingTraining {
  private ClassDataSharingTraining() {}

  static void run(ApplicationContext context) {
    try {
      URI base = context.getBean(EmbeddedServer.class).getURI();
      HttpClient client = HttpClient.newHttpClient();
      for (String path : new String[] {"/health", "/api/v1/ping", "/api/v1/no-such-route"}) {
        client.send(
            HttpRequest.newBuilder(base.resolve(path)).build(),
            HttpResponse.BodyHandlers.discarding());
      }
    } catch (Exception e) {
      // Training is best effort: an archive of the start-up classes alone is still worth having.
      Thread.currentThread().interrupt();
    } finally {
      context.close();
    }
  }
}
