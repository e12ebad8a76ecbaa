package org.gridlink.identity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * One refresh token of a resident, stored only as its SHA-256. Each use rotates it (a new token in
 * the same family); a second use of a rotated token means it was stolen, and revokes the family.
 */
@MappedEntity("resident_refresh_token")
record RefreshToken(
    @Id @GeneratedValue @Nullable Long id,
    Long residentId,
    String familyId,
    String tokenHash,
    Instant issuedAt,
    Instant expiresAt,
    @Nullable Instant rotatedAt,
    @Nullable Instant revokedAt) {}
