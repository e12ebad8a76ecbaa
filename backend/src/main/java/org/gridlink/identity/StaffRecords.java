package org.gridlink.identity;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Set;

/** Wire records of staff administration and the audit log. */
final class StaffRecords {
  private StaffRecords() {}

  @Serdeable
  record CreateStaffRequest(
      @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9._-]{2,63}", message = "{gridlink.username}")
          String username,
      @NotBlank @Size(max = 100) String displayName,
      @NotBlank @Size(max = 128) String password,
      @NotEmpty Set<@NotNull Role> roles) {}

  @Serdeable
  record StaffView(
      Long id,
      String username,
      String displayName,
      Set<Role> roles,
      boolean locked,
      boolean mustChangePassword,
      boolean disabled,
      Instant createdAt) {}

  @Serdeable
  record AuditView(
      Long id,
      String actor,
      String action,
      String method,
      String path,
      Integer status,
      String ip,
      String requestId,
      String detail,
      Instant at) {
    static AuditView of(AuditEntry e) {
      return new AuditView(
          e.id(),
          e.actor(),
          e.action(),
          e.httpMethod(),
          e.path(),
          e.status(),
          e.ip(),
          e.requestId(),
          e.detail(),
          e.occurredAt());
    }
  }
}
