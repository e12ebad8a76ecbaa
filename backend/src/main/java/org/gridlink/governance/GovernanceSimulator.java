package org.gridlink.governance;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The governance side of the contract as a real HTTP server on loopback: verifies GridLink's
 * signatures, counts accepted deliveries per case, serves the event feed for the pull, and pushes
 * signed events to GridLink. Switches: outage, failure rate, latency, a fixed answer status,
 * duplicate pushes, lost pushes, and auto-progress (each new case walks through dispatched, in
 * progress and resolved). Case updates: a supplement to a returned case puts it back in progress; a
 * reopened case goes back in progress and is resolved again after {@code reopenStep}. Used by the
 * tests and, in embedded mode, by {@link SimulatorStartup}.
 */
final class GovernanceSimulator implements AutoCloseable {
  private final HttpServer server;
  private final String keyId;
  private final String secret;
  private final JsonMapper json = JsonMapper.createDefault();
  private final HttpClient http = HttpClient.newHttpClient();
  private final Set<String> nonces = ConcurrentHashMap.newKeySet();
  private final String feedId = UUID.randomUUID().toString().substring(0, 8);

  final Map<Long, AtomicInteger> deliveries = new ConcurrentHashMap<>();
  final Map<Long, Map<String, Object>> cases = new ConcurrentHashMap<>();
  final List<CaseEvent> feed = new CopyOnWriteArrayList<>();
  final AtomicInteger rejectedSignatures = new AtomicInteger();

  /** Case updates by update id, and how often each was delivered. */
  final Map<String, Map<String, Object>> updates = new ConcurrentHashMap<>();

  final Map<String, AtomicInteger> updateDeliveries = new ConcurrentHashMap<>();

  /** Each case's latest status as this side emitted it. */
  final Map<Long, String> statuses = new ConcurrentHashMap<>();

  /** After a REOPEN update: in progress at once, resolved this much later. */
  volatile java.time.Duration reopenStep = java.time.Duration.ofMillis(200);

  volatile boolean outage;
  volatile double failureRate;
  volatile int latencyMs;
  volatile int answerStatus;
  volatile boolean duplicatePushes;
  volatile boolean lostPushes;
  volatile String gridlinkUrl;
  volatile Supplier<Instant> now = Instant::now;
  volatile java.time.Duration autoProgress;
  private final java.util.concurrent.ScheduledExecutorService progress =
      java.util.concurrent.Executors.newSingleThreadScheduledExecutor(GovernanceSimulator::daemon);
  private final java.util.concurrent.ExecutorService workers =
      java.util.concurrent.Executors.newFixedThreadPool(4, GovernanceSimulator::daemon);

  private GovernanceSimulator(String keyId, String secret, int port) throws IOException {
    this.keyId = keyId;
    this.secret = secret;
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    server.createContext("/v1/cases", this::cases);
    server.createContext("/v1/case-events", this::events);
    server.setExecutor(workers);
    server.start();
  }

  /** Daemon threads: a simulator left running never keeps the JVM alive. */
  private static Thread daemon(Runnable r) {
    Thread t = new Thread(r, "governance-simulator");
    t.setDaemon(true);
    return t;
  }

  static GovernanceSimulator start(String keyId, String secret) {
    return start(keyId, secret, 0);
  }

  static GovernanceSimulator start(String keyId, String secret, int port) {
    try {
      return new GovernanceSimulator(keyId, secret, port);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
  }

  int deliveriesOf(long caseId) {
    AtomicInteger n = deliveries.get(caseId);
    return n == null ? 0 : n.get();
  }

  private void cases(HttpExchange ex) throws IOException {
    byte[] body = ex.getRequestBody().readAllBytes();
    if (!verified(ex, body)) {
      rejectedSignatures.incrementAndGet();
      reply(ex, 401, "{\"error\":\"signature\"}");
      return;
    }
    if (outage) {
      reply(ex, 503, "{\"error\":\"outage\"}");
      return;
    }
    pause();
    if (answerStatus > 0) {
      reply(ex, answerStatus, "{\"error\":\"forced\"}");
      return;
    }
    if (ThreadLocalRandom.current().nextDouble() < failureRate) {
      reply(ex, 500, "{\"error\":\"random failure\"}");
      return;
    }
    String path = ex.getRequestURI().getPath();
    if ("GET".equals(ex.getRequestMethod())) {
      long id = Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
      var c = cases.get(id);
      if (c == null) {
        reply(ex, 404, "{}");
        return;
      }
      Map<String, Object> withStatus = new java.util.LinkedHashMap<>(c);
      withStatus.put("status", statuses.getOrDefault(id, "accepted"));
      reply(ex, 200, json.writeValueAsString(withStatus));
      return;
    }
    if (path.endsWith("/updates")) {
      update(ex, Long.parseLong(path.split("/")[3]), body);
      return;
    }
    Map<String, Object> payload = json.readValue(body, Argument.mapOf(String.class, Object.class));
    long caseId = ((Number) payload.get("caseId")).longValue();
    deliveries.computeIfAbsent(caseId, k -> new AtomicInteger()).incrementAndGet();
    boolean fresh = cases.putIfAbsent(caseId, payload) == null;
    if (fresh && autoProgress != null) {
      walk(caseId, autoProgress);
    }
    reply(ex, fresh ? 201 : 200, "{\"caseId\":" + caseId + ",\"status\":\"accepted\"}");
  }

  /** {@code POST /v1/cases/{caseId}/updates}: idempotent on updateId; 404 for an unknown case. */
  private void update(HttpExchange ex, long caseId, byte[] body) throws IOException {
    if (!cases.containsKey(caseId)) {
      reply(ex, 404, "{\"error\":\"unknown case\"}");
      return;
    }
    Map<String, Object> payload = json.readValue(body, Argument.mapOf(String.class, Object.class));
    Object updateId = payload.get("updateId");
    Object kind = payload.get("kind");
    if (!(updateId instanceof String id)
        || !(payload.get("caseId") instanceof Number n)
        || n.longValue() != caseId
        || !("SUPPLEMENT".equals(kind) || "REOPEN".equals(kind))) {
      reply(ex, 400, "{\"error\":\"bad update\"}");
      return;
    }
    updateDeliveries.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
    boolean fresh = updates.putIfAbsent(id, payload) == null;
    reply(ex, fresh ? 201 : 200, "{\"updateId\":\"" + id + "\",\"caseId\":" + caseId + "}");
    if (fresh) {
      react(caseId, (String) kind);
    }
  }

  /** What the department does with an update, pushed after the answer has gone out. */
  private void react(long caseId, String kind) {
    if ("REOPEN".equals(kind)) {
      later(caseId, "in_progress", "城管执法局", "案件已重新派遣处理", java.time.Duration.ZERO);
      later(caseId, "resolved", "城管执法局", "已重新处理完毕", reopenStep);
    } else if ("returned".equals(statuses.get(caseId))) {
      later(caseId, "in_progress", "城管执法局", "已收到补充材料，继续处理", java.time.Duration.ZERO);
    }
  }

  private void later(
      long caseId, String status, String department, String note, java.time.Duration after) {
    progress.schedule(
        () -> {
          try {
            emit(caseId, status, department, note, now.get());
          } catch (RuntimeException e) {
            // GridLink unreachable: the event stays in the feed for the pull.
          }
        },
        after.toMillis(),
        java.util.concurrent.TimeUnit.MILLISECONDS);
  }

  /** Updates delivered for one case, in no particular order. */
  List<Map<String, Object>> updatesOf(long caseId) {
    return updates.values().stream()
        .filter(u -> ((Number) u.get("caseId")).longValue() == caseId)
        .toList();
  }

  /** The feed: every event with position > after, the position being the cursor. */
  private void events(HttpExchange ex) throws IOException {
    if (!verified(ex, new byte[0])) {
      rejectedSignatures.incrementAndGet();
      reply(ex, 401, "{}");
      return;
    }
    if (outage) {
      reply(ex, 503, "{}");
      return;
    }
    String query = ex.getRequestURI().getRawQuery();
    String after = query == null ? "" : query.replaceFirst("^after=", "");
    // Cursors are opaque and carry this feed's id: one from another (older) feed starts over.
    int from =
        after.startsWith(feedId + ".") ? Integer.parseInt(after.substring(feedId.length() + 1)) : 0;
    List<CaseEvent> page = new ArrayList<>(feed.subList(from, Math.min(feed.size(), from + 50)));
    String cursor = page.isEmpty() ? null : feedId + "." + (from + page.size());
    reply(ex, 200, json.writeValueAsString(new CaseEventPull.EventPage(page, cursor)));
  }

  private boolean verified(HttpExchange ex, byte[] body) {
    var h = ex.getRequestHeaders();
    String id = h.getFirst(Signatures.KEY_ID);
    String ts = h.getFirst(Signatures.TIMESTAMP);
    String nonce = h.getFirst(Signatures.NONCE);
    String sig = h.getFirst(Signatures.SIGNATURE);
    if (!keyId.equals(id) || ts == null || nonce == null || sig == null) {
      return false;
    }
    if (Math.abs(now.get().getEpochSecond() - Long.parseLong(ts)) > 300) {
      return false;
    }
    URI uri = ex.getRequestURI();
    String target = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    String expected =
        Signatures.sign(
            secret, Signatures.canonical(ex.getRequestMethod(), target, ts, nonce, body));
    return Signatures.matches(expected, sig) && nonces.add(nonce);
  }

  private void pause() {
    if (latencyMs > 0) {
      try {
        Thread.sleep(latencyMs);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private static void reply(HttpExchange ex, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().add("Content-Type", "application/json");
    ex.sendResponseHeaders(status, bytes.length);
    ex.getResponseBody().write(bytes);
    ex.close();
  }

  /** Records a status change in the feed and pushes it (unless pushes are lost; twice if dup). */
  CaseEvent emit(long caseId, String status, String department, String note, Instant at) {
    CaseEvent e = new CaseEvent(UUID.randomUUID().toString(), caseId, status, department, note, at);
    feed.add(e);
    statuses.put(caseId, status);
    if (!lostPushes) {
      push(e);
      if (duplicatePushes) {
        push(e);
      }
    }
    return e;
  }

  HttpResponse<String> push(CaseEvent e) {
    try {
      byte[] body = json.writeValueAsBytes(e);
      return pushRaw(body, Signatures.headers(keyId, secret, "POST", PUSH_PATH, body, now.get()));
    } catch (IOException ex) {
      throw new IllegalStateException(ex);
    }
  }

  static final String PUSH_PATH = "/api/v1/governance/case-events";

  HttpResponse<String> pushRaw(byte[] body, Map<String, String> headers) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(gridlinkUrl + PUSH_PATH))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    headers.forEach(b::header);
    try {
      return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException ex) {
      throw new IllegalStateException(ex);
    } catch (InterruptedException ex) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(ex);
    }
  }

  byte[] bytes(Object value) {
    try {
      return json.writeValueAsBytes(value);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Moves a case along as a department would, one step per {@code step}. */
  private void walk(long caseId, java.time.Duration step) {
    String[][] steps = {
      {"dispatched", "区指挥中心", "已派遣至责任部门"},
      {"in_progress", "城管执法局", "已派人前往现场"},
      {"resolved", "城管执法局", "已处理完毕"}
    };
    for (int i = 0; i < steps.length; i++) {
      later(caseId, steps[i][0], steps[i][1], steps[i][2], step.multipliedBy(i + 1));
    }
  }

  @Override
  public void close() {
    progress.shutdownNow();
    server.stop(0);
    workers.shutdownNow();
  }
}
