package org.gridlink.servicerequests;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** One field of a request type's form, as staff define it and the portal draws it. */
@Serdeable
record FieldSpec(
    @NotBlank @Pattern(regexp = "[a-zA-Z][a-zA-Z0-9]{0,31}") String key,
    @NotBlank @Size(max = 40) String labelZh,
    @NotBlank @Size(max = 80) String labelEn,
    @NotNull FieldType type,
    boolean required,
    @Min(1) @Max(2000) int maxLength,
    @NotNull @Size(max = 20) List<@NotBlank @Size(max = 40) String> options) {

  /** What a field holds; the server checks answers against it. */
  enum FieldType {
    TEXT,
    TEXTAREA,
    PHONE,
    CHOICE
  }
}
