package org.gridlink.reports;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.gridlink.media.MediaView;

/** Wire records of the reports API. */
final class ReportRecords {
  private ReportRecords() {}

  @Serdeable
  record Location(
      @NotNull @DecimalMin("-90") @DecimalMax("90") Double lat,
      @NotNull @DecimalMin("-180") @DecimalMax("180") Double lng,
      @Nullable @Pattern(regexp = "wgs84|gcj02") String crs,
      @Nullable @PositiveOrZero Double accuracy,
      @Nullable @Size(max = 200) String address) {}

  @Serdeable
  record SubmitReport(
      @NotBlank @Size(max = 32) String category,
      @NotBlank @Size(max = 1000) String description,
      @NotNull @Valid Location location,
      @NotNull @Size(min = 1, max = 9) List<@NotBlank @Size(max = 32) String> mediaIds,
      boolean anonymous,
      boolean contactConsent,
      boolean urgent) {}

  @Serdeable
  record TimelineEntry(ReportStatus status, String note, Instant at, boolean byStaff) {}

  /** A report as its reporter and staff see it. */
  @Serdeable
  record ReportView(
      long id,
      String trackingCode,
      String category,
      String categoryName,
      String description,
      double lat,
      double lng,
      @Nullable String address,
      @Nullable String gridCode,
      boolean gridApproximate,
      List<String> gridCandidates,
      Severity severity,
      boolean urgent,
      boolean anonymous,
      ReportStatus status,
      @Nullable String rejectReason,
      @Nullable Long duplicateOf,
      List<String> flags,
      Instant dueAt,
      Instant createdAt,
      long followers,
      List<MediaView> photos,
      List<TimelineEntry> timeline,
      @Nullable InfoRequest infoRequest) {}

  /** An open request for more information, with the asking department's note. */
  @Serdeable
  record InfoRequest(@Nullable String note, Instant requestedAt) {}

  /** The resident's answer to a request for information: text and/or photos they uploaded. */
  @Serdeable
  record Supplement(
      @Nullable @Size(max = 1000) String text,
      @Nullable @Size(max = 9) List<@NotBlank @Size(max = 32) String> mediaIds) {}

  /** What anyone with the tracking code sees: no reporter, coarse place when anonymous. */
  @Serdeable
  record TrackedReport(
      String trackingCode,
      String categoryName,
      ReportStatus status,
      double lat,
      double lng,
      @Nullable String gridCode,
      Instant createdAt,
      Instant dueAt,
      List<TimelineEntry> timeline) {}

  @Serdeable
  record NearbyReport(
      long id,
      String trackingCode,
      String categoryName,
      ReportStatus status,
      long distanceMetres,
      Instant createdAt,
      long followers) {}

  @Serdeable
  record CategoryView(
      String code,
      @Nullable String parent,
      String name,
      Severity defaultSeverity,
      boolean allowAnonymous) {}

  @Serdeable
  record Reject(@NotBlank @Size(max = 500) String reason) {}

  @Serdeable
  record MarkDuplicate(@NotNull Long of) {}

  @Serdeable
  record Amend(
      @Nullable @Size(max = 32) String category, @Nullable @Size(max = 32) String gridCode) {}
}
