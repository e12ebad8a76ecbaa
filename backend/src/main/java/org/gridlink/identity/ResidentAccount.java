package org.gridlink.identity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/** A resident who signs in through the WeChat mini-program, keyed by openid. */
@MappedEntity("resident_account")
record ResidentAccount(
    @Id @GeneratedValue @Nullable Long id,
    String openid,
    @Nullable String unionid,
    @Nullable String nickname,
    @Nullable String avatarMediaId,
    @Nullable String homeGridCode,
    String roles,
    boolean contactByPhone,
    boolean shareContactWithGovernance,
    VolunteerStatus volunteerStatus,
    @Nullable String phoneCipher,
    @Nullable String phoneKeyId,
    @Nullable String phoneHash,
    @Nullable Instant deletedAt,
    Instant createdAt,
    Instant updatedAt) {
  static final String SUBJECT_PREFIX = "resident:";

  static ResidentAccount create(String openid, String unionid, Instant now) {
    return new ResidentAccount(
        null,
        openid,
        unionid,
        null,
        null,
        null,
        Role.RESIDENT.name(),
        false,
        false,
        VolunteerStatus.NONE,
        null,
        null,
        null,
        null,
        now,
        now);
  }

  String subject() {
    return SUBJECT_PREFIX + id;
  }

  /** RESIDENT always; VOLUNTEER and GRID_WORKER when granted. */
  Set<Role> roleSet() {
    Set<Role> set = storedRoles();
    set.add(Role.RESIDENT);
    if (volunteerStatus == VolunteerStatus.ACTIVE) {
      set.add(Role.VOLUNTEER);
    }
    return set;
  }

  String displayName() {
    return nickname == null || nickname.isBlank() ? "居民" : nickname;
  }

  ResidentAccount withProfile(
      String nickname,
      String avatarMediaId,
      String homeGridCode,
      boolean contactByPhone,
      boolean shareContactWithGovernance,
      VolunteerStatus volunteerStatus,
      Instant now) {
    return new ResidentAccount(
        id,
        openid,
        unionid,
        nickname,
        avatarMediaId,
        homeGridCode,
        roles,
        contactByPhone,
        shareContactWithGovernance,
        volunteerStatus,
        phoneCipher,
        phoneKeyId,
        phoneHash,
        deletedAt,
        createdAt,
        now);
  }

  /** The account with another current home grid (null: none); the history is kept elsewhere. */
  ResidentAccount withHomeGrid(String gridCode, Instant now) {
    return withProfile(
        nickname,
        avatarMediaId,
        gridCode,
        contactByPhone,
        shareContactWithGovernance,
        volunteerStatus,
        now);
  }

  /** The account with the GRID_WORKER role granted or taken away (staff link it to a worker). */
  ResidentAccount withGridWorker(boolean gridWorker, Instant now) {
    Set<Role> granted = storedRoles();
    if (gridWorker) {
      granted.add(Role.GRID_WORKER);
    } else {
      granted.remove(Role.GRID_WORKER);
    }
    granted.add(Role.RESIDENT);
    String encoded =
        granted.stream().sorted().map(Role::name).collect(java.util.stream.Collectors.joining(","));
    return new ResidentAccount(
        id,
        openid,
        unionid,
        nickname,
        avatarMediaId,
        homeGridCode,
        encoded,
        contactByPhone,
        shareContactWithGovernance,
        volunteerStatus,
        phoneCipher,
        phoneKeyId,
        phoneHash,
        deletedAt,
        createdAt,
        now);
  }

  /** The roles kept in the row (the comma-separated {@code roles} column). */
  private Set<Role> storedRoles() {
    Set<Role> set = EnumSet.noneOf(Role.class);
    for (String r : roles.split(",")) {
      if (!r.isBlank()) {
        set.add(Role.valueOf(r.trim()));
      }
    }
    return set;
  }

  ResidentAccount withPhone(String cipher, String keyId, String hash, Instant now) {
    return new ResidentAccount(
        id,
        openid,
        unionid,
        nickname,
        avatarMediaId,
        homeGridCode,
        roles,
        contactByPhone,
        shareContactWithGovernance,
        volunteerStatus,
        cipher,
        keyId,
        hash,
        deletedAt,
        createdAt,
        now);
  }

  /**
   * Erases every piece of personal data. The row stays (other records may point at it) with a
   * random stand-in for the openid, so the same WeChat user signing in again starts afresh.
   */
  ResidentAccount erased(String tombstone, Instant now) {
    return new ResidentAccount(
        id,
        tombstone,
        null,
        null,
        null,
        null,
        Role.RESIDENT.name(),
        false,
        false,
        VolunteerStatus.NONE,
        null,
        null,
        null,
        now,
        createdAt,
        now);
  }
}
