package org.gridlink.servicerequests;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;

/**
 * Published (inside the transaction) each time grid workers mark a request done; the surveys
 * feature asks the resident for a follow-up. A request reopened and done again publishes again,
 * with the same id.
 */
@Serdeable
public record ServiceRequestCompleted(
    long id, String residentSubject, String gridCode, List<Long> workerIds, Instant at) {}
