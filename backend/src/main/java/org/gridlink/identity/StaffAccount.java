package org.gridlink.identity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** A community staff member, grid worker or administrator who signs in with a password. */
@MappedEntity("staff_account")
record StaffAccount(
    @Id @GeneratedValue @Nullable Long id,
    String username,
    String displayName,
    String passwordHash,
    String roles,
    boolean mustChangePassword,
    int failedAttempts,
    @Nullable Instant lockedUntil,
    boolean disabled,
    Instant createdAt,
    Instant updatedAt) {

  static StaffAccount create(
      String username,
      String displayName,
      String passwordHash,
      Set<Role> roles,
      boolean mustChangePassword,
      Instant now) {
    return new StaffAccount(
        null,
        username,
        displayName,
        passwordHash,
        encode(roles),
        mustChangePassword,
        0,
        null,
        false,
        now,
        now);
  }

  Set<Role> roleSet() {
    if (roles.isBlank()) {
      return EnumSet.noneOf(Role.class);
    }
    return Arrays.stream(roles.split(","))
        .map(Role::valueOf)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
  }

  boolean isLockedAt(Instant now) {
    return lockedUntil != null && lockedUntil.isAfter(now);
  }

  StaffAccount withPassword(String newHash, Instant now) {
    return new StaffAccount(
        id, username, displayName, newHash, roles, false, 0, null, disabled, createdAt, now);
  }

  static String encode(Set<Role> roles) {
    return roles.stream().sorted().map(Role::name).collect(Collectors.joining(","));
  }
}
