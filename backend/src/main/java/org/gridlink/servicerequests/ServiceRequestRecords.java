package org.gridlink.servicerequests;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.gridlink.media.MediaView;

/** Wire records of service requests. Views always carry every field (empty lists included). */
final class ServiceRequestRecords {
  private ServiceRequestRecords() {}

  /** A request type as the portal draws its form and staff edit it. */
  @Serdeable
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record TypeView(
      String code,
      String name,
      String nameZh,
      String nameEn,
      List<FieldSpec> fields,
      int responseHours,
      int sortOrder,
      boolean active) {}

  /** Staff create or change a type (the code is in the path). */
  @Serdeable
  record TypeDraft(
      @NotBlank @Size(max = 50) String nameZh,
      @NotBlank @Size(max = 80) String nameEn,
      @NotEmpty @Size(max = 15) List<@Valid @NotNull FieldSpec> fields,
      @Min(1) @Max(720) int responseHours,
      @Min(0) @Max(10_000) int sortOrder,
      boolean active) {}

  /**
   * A resident asks for help: for a grid by code, or by location, or (neither) their home grid.
   * Answers are the type's form fields by key.
   */
  @Serdeable
  record SubmitRequest(
      @NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]{0,31}") String typeCode,
      @Nullable @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9-]{0,63}", message = "{gridlink.grid-code}")
          String gridCode,
      @Nullable Double lat,
      @Nullable Double lng,
      @Nullable @Pattern(regexp = "wgs84|gcj02") String crs,
      @NotNull @Size(max = 20) Map<@Size(max = 32) String, @Size(max = 2000) String> answers,
      @Nullable @Size(max = 9) List<@Pattern(regexp = "[A-Za-z0-9_-]{1,64}") String> photoIds,
      @Nullable @Size(max = 100) String preferredTime) {}

  @Serdeable
  record NoteRequest(@NotBlank @Size(max = 1000) String note) {}

  /** "Done", with an optional word on what was done. */
  @Serdeable
  record DoneRequest(@Nullable @Size(max = 1000) String note) {}

  @Serdeable
  record HandOverRequest(@NotNull Long workerId, @Nullable @Size(max = 500) String note) {}

  @Serdeable
  record ConfirmRequest(@Min(1) @Max(5) int rating, @Nullable @Size(max = 500) String comment) {}

  /** One step on the timeline: who (RESIDENT, WORKER with their public name, STAFF, SYSTEM). */
  @Serdeable
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record TimelineEntry(
      String kind,
      String status,
      String by,
      @Nullable String name,
      @Nullable String note,
      Instant at) {}

  /** A field's label and the resident's answer, in form order. */
  @Serdeable
  record Answer(String key, String label, String value) {}

  /** Staff assign a request to a worker of its grid, replacing whoever had it. */
  @Serdeable
  record AssignRequest(@NotNull Long workerId, @Nullable @Size(max = 500) String note) {}

  /** A colleague a request can be handed over to (same grid). */
  @Serdeable
  record Colleague(long id, String name, String role, boolean onDuty) {}

  /** A request as its resident, its grid workers or staff see it. */
  @Serdeable
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record RequestView(
      long id,
      String typeCode,
      String typeName,
      String gridCode,
      String gridName,
      String status,
      List<Answer> answers,
      @Nullable String preferredTime,
      List<MediaView> photos,
      List<String> workers,
      Instant dueAt,
      boolean overdue,
      boolean escalated,
      int notDoneCount,
      @Nullable Integer rating,
      @Nullable String ratingComment,
      @Nullable String residentName,
      List<TimelineEntry> timeline,
      Instant createdAt,
      Instant updatedAt) {}
}
