package org.gridlink.media;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** One uploaded photo: its served copies' facts and the evidence its metadata gave. */
@MappedEntity("media_file")
record MediaFile(
    @Id String id,
    String owner,
    String contentType,
    int width,
    int height,
    long sizeBytes,
    int thumbWidth,
    int thumbHeight,
    String sha256,
    int orientation,
    boolean hasMetadata,
    @Nullable Double gpsLat,
    @Nullable Double gpsLng,
    @Nullable String takenAt,
    @Nullable String cameraMake,
    @Nullable String cameraModel,
    State state,
    @Nullable String attachedTo,
    Instant createdAt) {

  /** Uploads wait UNATTACHED until a report takes them; unattached ones expire. */
  enum State {
    UNATTACHED,
    ATTACHED
  }

  MediaFile attach(String reference) {
    return new MediaFile(
        id,
        owner,
        contentType,
        width,
        height,
        sizeBytes,
        thumbWidth,
        thumbHeight,
        sha256,
        orientation,
        hasMetadata,
        gpsLat,
        gpsLng,
        takenAt,
        cameraMake,
        cameraModel,
        State.ATTACHED,
        reference,
        createdAt);
  }
}
