package org.gridlink.common.idempotency;

import io.micronaut.http.HttpRequest;
import java.util.Optional;
import org.gridlink.common.web.ProblemException;

/**
 * A cheap, read-only refusal a feature may give before an {@code Idempotency-Key} is claimed, so a
 * request that is certain to fail (a sold-out item in a flash sale) costs no claim and release
 * commits. The filter still replays an earlier answer for the same key first, so a retry of a
 * request that succeeded gets its success. Only refuse what the handler itself would refuse with
 * the same problem, and never based on state that a concurrent request could make valid again
 * except by an independent event after the read.
 */
public interface EarlyRefusal {

  /** The problem to answer now, or empty to go on with the claim and the handler. */
  Optional<ProblemException> refuse(HttpRequest<?> request, byte[] body);
}
