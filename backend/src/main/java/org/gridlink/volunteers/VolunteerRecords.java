package org.gridlink.volunteers;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/** Requests and answers of the volunteers API. */
final class VolunteerRecords {
  private VolunteerRecords() {}

  /** A resident applies; the community comes from the grid (default: the resident's home grid). */
  @Serdeable
  record Apply(
      @NotBlank @Size(max = 40) String realName,
      @Nullable @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9-]{0,63}", message = "{gridlink.grid-code}")
          String gridCode) {}

  @Serdeable
  record Reject(@NotBlank @Size(max = 500) String reason) {}

  /** A volunteer as they and staff see them; the phone only for staff. */
  @Serdeable
  record VolunteerView(
      long id,
      String realName,
      String communityCode,
      String communityName,
      VolunteerStanding status,
      @Nullable String rejectReason,
      @Nullable Instant decidedAt,
      @Nullable String phone,
      Instant createdAt) {}

  @Serdeable
  record ActivityDraft(
      @NotBlank @Size(max = 100) String title,
      @Nullable @Size(max = 2000) String description,
      @NotBlank @Size(max = 200) String place,
      @DecimalMin("-90") @DecimalMax("90") double lat,
      @DecimalMin("-180") @DecimalMax("180") double lng,
      @Nullable @Pattern(regexp = "wgs84|gcj02") String crs,
      @Min(10) @Max(5000) int radiusM,
      @NotNull Instant startsAt,
      @NotNull Instant endsAt,
      @Min(1) @Max(10000) int capacity,
      @Min(0) @Max(100) int pointsPerHour,
      @Min(0) @Max(10000) int pointsCap) {}

  @Serdeable
  record ActivityView(
      long id,
      String title,
      @Nullable String description,
      String communityCode,
      String place,
      double lat,
      double lng,
      int radiusM,
      Instant startsAt,
      Instant endsAt,
      int capacity,
      int signedUp,
      int pointsPerHour,
      int pointsCap,
      @Nullable SignupStatus myStatus) {}

  /** A scan of the activity's QR code, with where the device says it is. */
  @Serdeable
  record Scan(
      @NotBlank @Size(max = 200) String token,
      @DecimalMin("-90") @DecimalMax("90") double lat,
      @DecimalMin("-180") @DecimalMax("180") double lng,
      @Nullable @Pattern(regexp = "wgs84|gcj02") String crs) {}

  @Serdeable
  record SignupView(
      long id,
      long activityId,
      long volunteerId,
      String realName,
      SignupStatus status,
      @Nullable Instant checkedInAt,
      @Nullable Instant checkedOutAt,
      @Nullable Integer minutes,
      @Nullable Long points,
      @Nullable String adjustReason) {}

  /** Staff confirm attendance: minutes default to check-in to check-out within the activity. */
  @Serdeable
  record Confirm(
      @Nullable @Min(0) @Max(1440) Integer minutes, @Nullable @Size(max = 500) String reason) {}

  /** The check-in code for the screen: its URL, the same as a PNG data URL, and when to refresh. */
  @Serdeable
  record QrView(String token, String url, String image, Instant refreshAt) {}

  @Serdeable
  record HoursEntry(long activityId, String activityTitle, int minutes, long points, Instant at) {}

  @Serdeable
  record HoursView(long totalMinutes, double totalHours, List<HoursEntry> entries) {}

  @Serdeable
  record Place(int rank, long volunteerId, String name, String communityName, double score) {}

  @Serdeable
  record LeaderboardView(
      String metric,
      String scope,
      @Nullable String communityCode,
      String period,
      List<Place> places) {}
}
