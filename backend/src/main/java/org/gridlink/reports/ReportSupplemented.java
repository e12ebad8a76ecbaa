package org.gridlink.reports;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;

/**
 * Published in the same transaction when the resident adds information to a report the governance
 * system returned for more information. {@code mediaIds} are the ids of the photos the resident
 * added (media ids are strings in GridLink); the governance feature sends them on as signed URLs.
 */
@Serdeable
public record ReportSupplemented(
    long reportId, @Nullable String text, List<String> mediaIds, Instant at) {}
