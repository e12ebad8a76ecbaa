package org.gridlink.reports;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.gridlink.media.MediaView;

/**
 * Flags for staff, never silent rejections: a photo whose GPS lies more than 500 m from the
 * reported point, a photo taken more than 7 days ago, or photos with no metadata at all (phones
 * often strip it, so that alone proves nothing). EXIF times are local: read as China time.
 */
final class Plausibility {
  static final String GPS_FAR = "PHOTO_GPS_FAR";
  static final String OLD_PHOTO = "PHOTO_OLD";
  static final String NO_METADATA = "NO_PHOTO_METADATA";
  static final String BOUNDARY = "NEAR_GRID_BOUNDARY";
  static final String OUTSIDE_GRIDS = "OUTSIDE_GRIDS";
  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  private Plausibility() {}

  static List<String> flags(double lat, double lng, List<MediaView> photos, Instant now) {
    List<String> flags = new ArrayList<>();
    if (photos.stream().noneMatch(MediaView::hasMetadata)) {
      flags.add(NO_METADATA);
    }
    boolean far =
        photos.stream()
            .anyMatch(
                p ->
                    p.gpsLat() != null
                        && p.gpsLng() != null
                        && Geo.metres(lat, lng, p.gpsLat(), p.gpsLng()) > 500);
    if (far) {
      flags.add(GPS_FAR);
    }
    boolean old =
        photos.stream()
            .anyMatch(
                p ->
                    p.takenAt() != null
                        && LocalDateTime.parse(p.takenAt())
                            .atZone(CHINA)
                            .toInstant()
                            .isBefore(now.minus(java.time.Duration.ofDays(7))));
    if (old) {
      flags.add(OLD_PHOTO);
    }
    return flags;
  }
}
