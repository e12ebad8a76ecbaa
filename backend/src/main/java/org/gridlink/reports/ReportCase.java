package org.gridlink.reports;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.util.List;

/**
 * What the governance feature passes on about an accepted report. {@code reporter} is the
 * reporter's subject; governance may only pass contact details on when {@code contactConsent}.
 */
public record ReportCase(
    long id,
    String trackingCode,
    String categoryCode,
    String categoryName,
    Severity severity,
    Instant dueAt,
    @Nullable String gridCode,
    double lat,
    double lng,
    @Nullable Double accuracyM,
    @Nullable String address,
    String description,
    List<String> mediaIds,
    Instant submittedAt,
    String reporter,
    boolean anonymous,
    boolean contactConsent) {}
