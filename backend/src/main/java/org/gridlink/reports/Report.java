package org.gridlink.reports;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A resident's photo report. Coordinates are WGS-84. */
@MappedEntity("report")
record Report(
    @Id @GeneratedValue @Nullable Long id,
    String trackingCode,
    String reporter,
    String categoryCode,
    String description,
    double lat,
    double lng,
    @Nullable Double accuracyM,
    @Nullable String address,
    @Nullable String gridCode,
    @Nullable String gridCandidates,
    boolean gridApproximate,
    Severity severity,
    boolean urgent,
    boolean anonymous,
    boolean contactConsent,
    ReportStatus status,
    @Nullable String flags,
    @Nullable Long duplicateOf,
    @Nullable String rejectReason,
    Instant dueAt,
    Instant createdAt,
    Instant updatedAt) {

  Report moved(ReportStatus to, Instant now) {
    return new Report(
        id,
        trackingCode,
        reporter,
        categoryCode,
        description,
        lat,
        lng,
        accuracyM,
        address,
        gridCode,
        gridCandidates,
        gridApproximate,
        severity,
        urgent,
        anonymous,
        contactConsent,
        to,
        flags,
        duplicateOf,
        rejectReason,
        dueAt,
        createdAt,
        now);
  }

  Report rejected(String reason, Instant now) {
    return new Report(
        id,
        trackingCode,
        reporter,
        categoryCode,
        description,
        lat,
        lng,
        accuracyM,
        address,
        gridCode,
        gridCandidates,
        gridApproximate,
        severity,
        urgent,
        anonymous,
        contactConsent,
        ReportStatus.REJECTED,
        flags,
        duplicateOf,
        reason,
        dueAt,
        createdAt,
        now);
  }

  Report duplicateOf(long original, Instant now) {
    return new Report(
        id,
        trackingCode,
        reporter,
        categoryCode,
        description,
        lat,
        lng,
        accuracyM,
        address,
        gridCode,
        gridCandidates,
        gridApproximate,
        severity,
        urgent,
        anonymous,
        contactConsent,
        ReportStatus.DUPLICATE,
        flags,
        original,
        rejectReason,
        dueAt,
        createdAt,
        now);
  }

  Report recategorised(String category, Severity newSeverity, Instant newDue, Instant now) {
    return new Report(
        id,
        trackingCode,
        reporter,
        category,
        description,
        lat,
        lng,
        accuracyM,
        address,
        gridCode,
        gridCandidates,
        gridApproximate,
        newSeverity,
        urgent,
        anonymous,
        contactConsent,
        status,
        flags,
        duplicateOf,
        rejectReason,
        newDue,
        createdAt,
        now);
  }

  Report regridded(String grid, Instant now) {
    return new Report(
        id,
        trackingCode,
        reporter,
        categoryCode,
        description,
        lat,
        lng,
        accuracyM,
        address,
        grid,
        gridCandidates,
        false,
        severity,
        urgent,
        anonymous,
        contactConsent,
        status,
        flags,
        duplicateOf,
        rejectReason,
        dueAt,
        createdAt,
        now);
  }
}
