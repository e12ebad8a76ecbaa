package org.gridlink.media;

import io.micronaut.core.annotation.Nullable;
import java.time.LocalDateTime;

/**
 * What a photo's metadata says, kept as evidence for staff (EXIF GPS is a cross-check of the
 * reported place, never the source of truth: phones often strip it).
 */
record PhotoMetadata(
    boolean present,
    int orientation,
    @Nullable Double latitude,
    @Nullable Double longitude,
    @Nullable LocalDateTime takenAt,
    @Nullable String make,
    @Nullable String model) {

  static final PhotoMetadata NONE = new PhotoMetadata(false, 1, null, null, null, null, null);

  boolean rotatesQuarterTurn() {
    return orientation >= 5 && orientation <= 8;
  }
}
