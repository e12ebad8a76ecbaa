package org.gridlink.common.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * An RFC 9457 problem document: every error GridLink answers has this shape, with a stable {@code
 * type}, a localised {@code title} and {@code detail}, and, for validation, the offending fields.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
    String type,
    String title,
    int status,
    String detail,
    @Nullable String requestId,
    @Nullable List<FieldError> errors) {

  /** One offending field of a request, with a message a person can act on. */
  @Serdeable
  public record FieldError(String field, String message) {}
}
