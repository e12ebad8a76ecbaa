package org.gridlink.governance;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.gridlink.common.web.ProblemException;

/**
 * Status events pushed by the governance system. No user token: the request signature is the
 * authentication, checked over the exact bytes received before anything is parsed.
 */
@Controller("/api/v1/governance")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class CaseEventController {
  private final RequestVerifier verifier;
  private final CaseEventHandler handler;
  private final JsonMapper json;

  CaseEventController(RequestVerifier verifier, CaseEventHandler handler, JsonMapper json) {
    this.verifier = verifier;
    this.handler = handler;
    this.json = json;
  }

  @Serdeable
  record Ack(String eventId, String outcome) {}

  @Operation(summary = "Receive one signed case status event from the governance system")
  @Post(value = "/case-events", consumes = MediaType.APPLICATION_JSON)
  @Consumes(MediaType.APPLICATION_JSON)
  Ack push(
      HttpRequest<?> request,
      @Body @Nullable String body,
      @Header(Signatures.KEY_ID) @Nullable String keyId,
      @Header(Signatures.TIMESTAMP) @Nullable String timestamp,
      @Header(Signatures.NONCE) @Nullable String nonce,
      @Header(Signatures.SIGNATURE) @Nullable String signature) {
    byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
    String target =
        request.getUri().getRawPath()
            + (request.getUri().getRawQuery() == null ? "" : "?" + request.getUri().getRawQuery());
    verifier.verify("POST", target, keyId, timestamp, nonce, signature, bytes);
    CaseEvent event = parse(bytes);
    return new Ack(event.eventId(), handler.handle(event, "push").name().toLowerCase());
  }

  private CaseEvent parse(byte[] bytes) {
    CaseEvent e;
    try {
      e = json.readValue(bytes, CaseEvent.class);
    } catch (IOException | RuntimeException ex) {
      throw ProblemException.badRequest("problem.governance.bad-event");
    }
    if (e == null
        || e.eventId() == null
        || e.eventId().isBlank()
        || e.eventId().length() > 64
        || e.occurredAt() == null
        || (e.department() != null && e.department().length() > 100)
        || (e.publicNote() != null && e.publicNote().length() > 400)) {
      throw ProblemException.badRequest("problem.governance.bad-event");
    }
    return e;
  }
}
