package org.gridlink.governance;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;

/**
 * The body of {@code POST {base}/cases/{caseId}/updates} (see docs/governance-api.md): the
 * resident's supplement after a "returned" event, or a reopened case. {@code updateId} makes a
 * repeat idempotent. In the outbox, {@code photos} holds media ids; they become signed URLs only
 * when the message is sent.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
record CaseUpdatePayload(
    String updateId,
    long caseId,
    String kind,
    @Nullable String text,
    List<String> photos,
    Instant occurredAt) {
  static final String SUPPLEMENT = "SUPPLEMENT";
  static final String REOPEN = "REOPEN";

  CaseUpdatePayload withPhotos(List<String> urls) {
    return new CaseUpdatePayload(updateId, caseId, kind, text, urls, occurredAt);
  }
}
