package org.gridlink.governance;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/**
 * A status event from the governance system (pushed or pulled). {@code status} is one of accepted,
 * dispatched, in_progress, resolved, closed, rejected, returned.
 */
@Serdeable
public record CaseEvent(
    String eventId,
    long caseId,
    String status,
    @Nullable String department,
    @Nullable String publicNote,
    Instant occurredAt) {}
