package org.gridlink.media;

import jakarta.inject.Singleton;

/** Builds {@link MediaView}s with freshly signed URLs. */
@Singleton
class MediaViews {
  private final MediaUrlSigner signer;

  MediaViews(MediaUrlSigner signer) {
    this.signer = signer;
  }

  MediaView of(MediaFile f) {
    String camera =
        f.cameraMake() == null && f.cameraModel() == null
            ? null
            : ((f.cameraMake() == null ? "" : f.cameraMake() + " ")
                    + (f.cameraModel() == null ? "" : f.cameraModel()))
                .trim();
    return new MediaView(
        f.id(),
        f.contentType(),
        f.width(),
        f.height(),
        signer.url(f.id(), MediaStore.Variant.FULL),
        signer.url(f.id(), MediaStore.Variant.THUMB),
        f.hasMetadata(),
        f.gpsLat(),
        f.gpsLng(),
        f.takenAt(),
        camera,
        f.state() == MediaFile.State.ATTACHED,
        f.createdAt());
  }

  String absoluteUrl(String id) {
    return signer.absoluteUrl(id, MediaStore.Variant.FULL);
  }
}
