package org.gridlink.identity;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** Wire records of the sign-in endpoints. */
final class AuthRecords {
  private AuthRecords() {}

  @Serdeable
  record LoginRequest(
      @NotBlank @Size(max = 64) String username, @NotBlank @Size(max = 128) String password) {}

  @Serdeable
  record ChangePasswordRequest(
      @NotBlank @Size(max = 128) String currentPassword,
      @NotBlank @Size(max = 128) String newPassword) {}

  @Serdeable
  record DevLoginRequest(@NotNull Role role, @NotBlank @Size(max = 40) String name) {}

  /** A signed-in session: a short-lived bearer token and who it stands for. */
  @Serdeable
  record TokenResponse(
      String accessToken,
      String tokenType,
      int expiresIn,
      String subject,
      String displayName,
      Set<Role> roles,
      boolean passwordChangeRequired) {}

  @Serdeable
  record MeResponse(String subject, String displayName, Set<String> roles) {}
}
