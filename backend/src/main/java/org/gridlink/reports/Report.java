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
    return changed(
        categoryCode,
        gridCode,
        gridApproximate,
        severity,
        to,
        flags,
        duplicateOf,
        rejectReason,
        dueAt,
        now);
  }

  Report rejected(String reason, Instant now) {
    return changed(
        categoryCode,
        gridCode,
        gridApproximate,
        severity,
        ReportStatus.REJECTED,
        flags,
        duplicateOf,
        reason,
        dueAt,
        now);
  }

  Report duplicateOf(long original, Instant now) {
    return changed(
        categoryCode,
        gridCode,
        gridApproximate,
        severity,
        ReportStatus.DUPLICATE,
        flags,
        original,
        rejectReason,
        dueAt,
        now);
  }

  Report recategorised(String category, Severity newSeverity, Instant newDue, Instant now) {
    return changed(
        category,
        gridCode,
        gridApproximate,
        newSeverity,
        status,
        flags,
        duplicateOf,
        rejectReason,
        newDue,
        now);
  }

  Report regridded(String grid, Instant now) {
    return changed(
        categoryCode, grid, false, severity, status, flags, duplicateOf, rejectReason, dueAt, now);
  }

  Report withFlags(@Nullable String newFlags) {
    return changed(
        categoryCode,
        gridCode,
        gridApproximate,
        severity,
        status,
        newFlags,
        duplicateOf,
        rejectReason,
        dueAt,
        updatedAt);
  }

  /** A copy with the fields staff and the lifecycle may change; what the resident sent stays. */
  private Report changed(
      String category,
      @Nullable String grid,
      boolean approximate,
      Severity newSeverity,
      ReportStatus newStatus,
      @Nullable String newFlags,
      @Nullable Long newDuplicateOf,
      @Nullable String newRejectReason,
      Instant newDueAt,
      Instant now) {
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
        grid,
        gridCandidates,
        approximate,
        newSeverity,
        urgent,
        anonymous,
        contactConsent,
        newStatus,
        newFlags,
        newDuplicateOf,
        newRejectReason,
        newDueAt,
        createdAt,
        now);
  }
}
