package org.gridlink.identity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** Wire records of resident sign-in and the resident's own profile. */
final class ResidentRecords {
  private ResidentRecords() {}

  @Serdeable
  record WechatLoginRequest(@NotBlank @Size(max = 128) String code) {}

  @Serdeable
  record RefreshRequest(@NotBlank @Size(max = 128) String refreshToken) {}

  /** Templates accepted in wx.requestSubscribeMessage (one message each). */
  @Serdeable
  record SubscriptionsRequest(
      @jakarta.validation.constraints.NotEmpty @Size(max = 10)
          List<@NotBlank @Pattern(regexp = "[A-Za-z0-9_-]{1,64}") String> templateIds) {}

  /** Messages the resident has agreed to receive, per template, not yet sent. */
  @Serdeable
  record SubscriptionsView(java.util.Map<String, Integer> remaining) {}

  @Serdeable
  record PhoneRequest(@NotBlank @Size(max = 128) String code) {}

  /** A resident session: access token (short-lived) and refresh token (single use, rotating). */
  @Serdeable
  record TokenResponse(
      String accessToken,
      String tokenType,
      int expiresIn,
      String refreshToken,
      long refreshExpiresIn,
      String subject,
      String displayName,
      Set<Role> roles) {}

  @Serdeable
  record Consents(boolean contactByPhone, boolean shareContactWithGovernance) {}

  /** The resident's profile as they see it; the phone number only masked. */
  @Serdeable
  record ProfileView(
      String subject,
      @Nullable String nickname,
      @Nullable String avatarMediaId,
      @Nullable String homeGridCode,
      @Nullable String phone,
      Consents consents,
      VolunteerStatus volunteerStatus,
      Set<Role> roles,
      Instant createdAt) {}

  /**
   * A partial update: absent (null) fields stay as they are; an empty string clears a nullable text
   * field.
   */
  @Serdeable
  record ProfilePatch(
      @Nullable @Size(max = 40) String nickname,
      @Nullable @Pattern(regexp = "|[A-Za-z0-9_-]{1,64}", message = "{gridlink.media-id}")
          String avatarMediaId,
      @Nullable
          @Pattern(regexp = "|[A-Za-z0-9][A-Za-z0-9-]{0,63}", message = "{gridlink.grid-code}")
          String homeGridCode,
      @Nullable Boolean contactByPhone,
      @Nullable Boolean shareContactWithGovernance,
      @Nullable VolunteerStatus volunteerStatus) {}

  @Serdeable
  record SessionView(Instant issuedAt, Instant expiresAt, Instant rotatedAt, Instant revokedAt) {}

  /** Everything GridLink holds about the resident personally. */
  @Serdeable
  record Export(
      Instant exportedAt,
      String openid,
      @Nullable String unionid,
      ProfileView profile,
      java.util.Map<String, Integer> subscribeConsents,
      Instant updatedAt,
      List<SessionView> sessions) {}
}
