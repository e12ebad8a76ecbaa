package org.gridlink.reports;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/**
 * Published when staff (or an auto-accept rule) accept a report: the governance feature passes it
 * on, the points feature credits the reporter.
 */
@Serdeable
public record ReportAccepted(
    long reportId,
    String trackingCode,
    String reporter,
    String category,
    Severity severity,
    @Nullable String gridCode,
    Instant dueAt,
    Instant acceptedAt) {}
