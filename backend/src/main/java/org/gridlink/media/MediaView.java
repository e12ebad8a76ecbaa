package org.gridlink.media;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/**
 * A photo as its owner and staff see it: size, signed URLs (valid for an hour) and the evidence its
 * metadata gave. Public: reports carry it.
 */
@Serdeable
public record MediaView(
    String id,
    String contentType,
    int width,
    int height,
    String url,
    String thumbnailUrl,
    boolean hasMetadata,
    @Nullable Double gpsLat,
    @Nullable Double gpsLng,
    @Nullable String takenAt,
    @Nullable String camera,
    boolean attached,
    Instant uploadedAt) {}
