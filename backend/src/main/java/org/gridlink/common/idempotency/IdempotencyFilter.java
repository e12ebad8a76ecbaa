package org.gridlink.common.idempotency;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.ServerHttpRequest;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.body.CloseableAvailableByteBody;
import io.micronaut.http.filter.FilterContinuation;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Principal;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import org.gridlink.common.web.ProblemException;

/**
 * {@code Idempotency-Key} for POSTs: the same key with the same body replays the first successful
 * answer (a resident on a flaky mobile connection taps "submit" twice and gets one report); the
 * same key with a different body is a 422; a key whose first request is still running is a 409.
 * Keys are scoped to the caller, so nobody can replay someone else's answer. Only a request that
 * carries the header has its body buffered; uploads without it stream untouched.
 */
// POST only: every other request skips the filter and its hop to a blocking thread.
@ServerFilter(value = "/api/**", methods = HttpMethod.POST)
class IdempotencyFilter implements Ordered {
  static final String HEADER = "Idempotency-Key";
  static final String REPLAYED_HEADER = "Idempotent-Replayed";
  private static final Pattern VALID_KEY = Pattern.compile("[A-Za-z0-9._:-]{8,128}");

  private final IdempotencyStore store;
  private final JsonMapper json;
  private final List<EarlyRefusal> refusals;

  IdempotencyFilter(IdempotencyStore store, JsonMapper json, List<EarlyRefusal> refusals) {
    this.store = store;
    this.json = json;
    this.refusals = refusals;
  }

  @RequestFilter
  @ExecuteOn(TaskExecutors.BLOCKING)
  HttpResponse<?> around(HttpRequest<?> request, FilterContinuation<MutableHttpResponse<?>> next) {
    String key = request.getHeaders().get(HEADER);
    if (key == null) {
      return next.proceed();
    }
    if (!VALID_KEY.matcher(key).matches()) {
      throw new ProblemException(
          HttpStatus.BAD_REQUEST, "bad-request", "problem.idempotency.key-invalid");
    }
    String principal = request.getUserPrincipal().map(Principal::getName).orElse("anonymous");
    byte[] body = bodyOf(request);
    String hash = fingerprint(request, body);
    Optional<IdempotencyRecord> earlier = refuseEarly(request, body, principal, key);
    if (earlier.isEmpty()) {
      earlier =
          store.claim(
              store.newClaim(principal, key, request.getMethodName(), request.getPath(), hash));
    }
    if (earlier.isPresent()) {
      return replay(earlier.get(), hash, request.getPath());
    }
    MutableHttpResponse<?> response;
    try {
      response = next.proceed();
    } catch (RuntimeException e) {
      store.release(principal, key);
      throw e;
    }
    if (response.getStatus().getCode() >= 200 && response.getStatus().getCode() < 300) {
      store.complete(principal, key, response.getStatus().getCode(), serialise(response));
    } else {
      store.release(principal, key);
    }
    return response;
  }

  /**
   * A feature's cheap refusal (a sold-out item), asked before the key is claimed so a request that
   * is certain to fail costs no claim and no release commit. A retry of a request that went through
   * must still get its first answer, whatever would be refused now (the last unit it took is gone):
   * so a refusal stands only when the key is unused, and the earlier record is answered otherwise.
   * A first request with this key that succeeded committed its claim before it changed anything, so
   * this lookup sees it.
   */
  private Optional<IdempotencyRecord> refuseEarly(
      HttpRequest<?> request, byte[] body, String principal, String key) {
    for (EarlyRefusal refusal : refusals) {
      Optional<ProblemException> problem = refusal.refuse(request, body);
      if (problem.isPresent()) {
        Optional<IdempotencyRecord> earlier = store.existing(principal, key);
        if (earlier.isEmpty()) {
          throw problem.get();
        }
        return earlier;
      }
    }
    return Optional.empty();
  }

  private HttpResponse<?> replay(IdempotencyRecord earlier, String hash, String path) {
    if (!earlier.requestHash().equals(hash) || !earlier.path().equals(path)) {
      throw new ProblemException(
          HttpStatus.UNPROCESSABLE_ENTITY, "idempotency-key-reused", "problem.idempotency.reused");
    }
    if (earlier.state() == IdempotencyRecord.State.IN_PROGRESS) {
      throw new ProblemException(
          HttpStatus.CONFLICT, "idempotency-in-progress", "problem.idempotency.in-progress");
    }
    MutableHttpResponse<byte[]> replayed =
        HttpResponse.<byte[]>status(HttpStatus.valueOf(earlier.responseStatus()))
            .header(REPLAYED_HEADER, "true");
    String body = earlier.responseBody();
    if (body != null && !body.isEmpty()) {
      replayed
          .contentType(MediaType.APPLICATION_JSON_TYPE)
          .body(body.getBytes(StandardCharsets.UTF_8));
    }
    return replayed;
  }

  private String serialise(MutableHttpResponse<?> response) {
    Optional<?> body = response.getBody();
    if (body.isEmpty()) {
      return "";
    }
    try {
      return json.writeValueAsString(body.get());
    } catch (IOException e) {
      throw new IllegalStateException("Response body cannot be stored for replay", e);
    }
  }

  /** SHA-256 over method, path and the raw body: any difference means "another request". */
  private static String fingerprint(HttpRequest<?> request, byte[] body) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(
          (request.getMethodName() + ' ' + request.getPath() + '\n')
              .getBytes(StandardCharsets.UTF_8));
      digest.update(body);
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JRE", e);
    }
  }

  private static byte[] bodyOf(HttpRequest<?> request) {
    if (!(request instanceof ServerHttpRequest<?> server)) {
      return new byte[0];
    }
    try (CloseableAvailableByteBody body =
        server.byteBody().split().buffer().get(30, TimeUnit.SECONDS)) {
      return body.toByteArray();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while reading the request body", e);
    } catch (ExecutionException | TimeoutException e) {
      throw new ProblemException(
          HttpStatus.BAD_REQUEST, "bad-request", "problem.bad-request.detail");
    }
  }

  @Override
  public int getOrder() {
    return ServerFilterPhase.SECURITY.after();
  }
}
