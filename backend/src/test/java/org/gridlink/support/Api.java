package org.gridlink.support;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Calls the running server over HTTP exactly as a client would: raw requests, raw answers (status,
 * headers, body), so tests see the real wire format including problem documents.
 */
@Singleton
public class Api {
  private final EmbeddedServer server;
  private final JsonMapper json;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  public Api(EmbeddedServer server, JsonMapper json) {
    this.server = server;
    this.json = json;
  }

  public Call get(String path) {
    return new Call(this, "GET", path);
  }

  /** Raw bytes of a GET, for images. */
  public byte[] bytes(String path) {
    try {
      var r =
          http.send(
              HttpRequest.newBuilder(URI.create(server.getURL() + path)).build(),
              java.net.http.HttpResponse.BodyHandlers.ofByteArray());
      if (r.statusCode() != 200) {
        throw new AssertionError("GET " + path + " answered " + r.statusCode());
      }
      return r.body();
    } catch (IOException e) {
      throw new AssertionError(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  public Call post(String path, Object body) {
    return new Call(this, "POST", path).json(body);
  }

  public Call request(String method, String path) {
    return new Call(this, method, path);
  }

  String toJson(Object body) {
    try {
      return body instanceof String s ? s : json.writeValueAsString(body);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  Map<String, Object> parse(String body) {
    try {
      return json.readValue(body, Argument.mapOf(String.class, Object.class));
    } catch (IOException e) {
      throw new AssertionError("Not JSON: " + body, e);
    }
  }

  /** A JSON array of objects. */
  public java.util.List<Map<String, Object>> parseList(String body) {
    try {
      return json.readValue(body, Argument.listOf(Argument.mapOf(String.class, Object.class)));
    } catch (IOException e) {
      throw new AssertionError("Not a JSON array: " + body, e);
    }
  }

  Response send(String method, String path, Map<String, String> headers, byte[] body) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(server.getURL() + path))
            .timeout(Duration.ofSeconds(30))
            .method(
                method, body == null ? BodyPublishers.noBody() : BodyPublishers.ofByteArray(body));
    headers.forEach(b::header);
    try {
      var r = http.send(b.build(), BodyHandlers.ofString());
      return new Response(this, r.statusCode(), r.headers().map(), r.body());
    } catch (IOException e) {
      throw new AssertionError("Request failed: " + method + " " + path, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** A request being built. */
  public static final class Call {
    private final Api api;
    private final String method;
    private final String path;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private byte[] body;

    Call(Api api, String method, String path) {
      this.api = api;
      this.method = method;
      this.path = path;
    }

    public Call json(Object value) {
      headers.put("Content-Type", "application/json");
      body = api.toJson(value).getBytes(java.nio.charset.StandardCharsets.UTF_8);
      return this;
    }

    public Call raw(String contentType, byte[] bytes) {
      headers.put("Content-Type", contentType);
      body = bytes;
      return this;
    }

    /** A multipart/form-data body with one file part, as wx.uploadFile sends it. */
    public Call multipart(String field, String filename, String contentType, byte[] bytes) {
      String boundary = "----gridlink" + System.nanoTime();
      var out = new java.io.ByteArrayOutputStream();
      String head =
          "--"
              + boundary
              + "\r\nContent-Disposition: form-data; name=\""
              + field
              + "\"; filename=\""
              + filename
              + "\"\r\nContent-Type: "
              + contentType
              + "\r\n\r\n";
      out.writeBytes(head.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      out.writeBytes(bytes);
      out.writeBytes(
          ("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return raw("multipart/form-data; boundary=" + boundary, out.toByteArray());
    }

    public Call header(String name, String value) {
      headers.put(name, value);
      return this;
    }

    public Call bearer(String token) {
      return header("Authorization", "Bearer " + token);
    }

    public Call english() {
      return header("Accept-Language", "en-US,en;q=0.9");
    }

    public Response send() {
      return api.send(method, path, headers, body);
    }
  }

  /** What came back. */
  public record Response(
      Api api, int status, Map<String, java.util.List<String>> headers, String body) {
    public String header(String name) {
      return headers.entrySet().stream()
          .filter(e -> e.getKey().equalsIgnoreCase(name))
          .map(e -> e.getValue().get(0))
          .findFirst()
          .orElse(null);
    }

    public Map<String, Object> json() {
      return api.parse(body);
    }

    public Object field(String name) {
      return json().get(name);
    }

    public String text(String name) {
      Object v = json().get(name);
      return v == null ? null : v.toString();
    }
  }
}
