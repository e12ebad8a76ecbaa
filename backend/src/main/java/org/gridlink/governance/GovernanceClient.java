package org.gridlink.governance;

import jakarta.inject.Singleton;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;

/** Signed HTTP calls to the governance system with the JDK client. */
@Singleton
class GovernanceClient {
  private final GovernanceProperties properties;
  private final Clock clock;
  private final HttpClient http;

  GovernanceClient(GovernanceProperties properties, Clock clock) {
    this.properties = properties;
    this.clock = clock;
    this.http = HttpClient.newBuilder().connectTimeout(properties.getRequestTimeout()).build();
  }

  HttpResponse<String> post(String relative, String body) throws IOException, InterruptedException {
    return send("POST", relative, body.getBytes(StandardCharsets.UTF_8));
  }

  HttpResponse<String> get(String relative) throws IOException, InterruptedException {
    return send("GET", relative, new byte[0]);
  }

  private HttpResponse<String> send(String method, String relative, byte[] body)
      throws IOException, InterruptedException {
    URI uri = URI.create(properties.getBaseUrl() + relative);
    String target = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    String secret = properties.secret(properties.getKeyId());
    if (secret == null) {
      throw new IOException("no secret configured for key id " + properties.getKeyId());
    }
    Map<String, String> headers =
        Signatures.headers(properties.getKeyId(), secret, method, target, body, clock.instant());
    HttpRequest.Builder b =
        HttpRequest.newBuilder(uri)
            .timeout(properties.getRequestTimeout())
            .header("Content-Type", "application/json")
            .method(
                method,
                body.length == 0 && "GET".equals(method)
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(body));
    headers.forEach(b::header);
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }
}
