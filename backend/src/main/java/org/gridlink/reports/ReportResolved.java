package org.gridlink.reports;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/**
 * Published, inside the moving transaction, when a report becomes RESOLVED: the surveys feature
 * asks the reporter whether it was fixed.
 */
@Serdeable
public record ReportResolved(
    long reportId, String reporterSubject, @Nullable String gridCode, Instant at) {}
