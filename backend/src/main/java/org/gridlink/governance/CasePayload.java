package org.gridlink.governance;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;

/**
 * The body of {@code POST {base}/cases} (see docs/governance-api.md). In the outbox, {@code photos}
 * holds media ids; they become signed, expiring URLs only when the message is sent.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
record CasePayload(
    long caseId,
    String trackingCode,
    Category category,
    String severity,
    Instant dueAt,
    @Nullable Grid grid,
    Location location,
    @Nullable String address,
    String description,
    List<String> photos,
    Instant submittedAt,
    Instant acceptedAt,
    @Nullable Reporter reporter) {

  CasePayload withPhotos(List<String> urls) {
    return new CasePayload(
        caseId,
        trackingCode,
        category,
        severity,
        dueAt,
        grid,
        location,
        address,
        description,
        urls,
        submittedAt,
        acceptedAt,
        reporter);
  }

  @Serdeable
  record Category(String code, String name) {}

  /** The grid and its chain, from the 15-digit code: district (6), street (9), community (12). */
  @Serdeable
  record Grid(String code, String districtCode, String streetCode, String communityCode) {
    static Grid of(String code) {
      if (code == null) {
        return null;
      }
      return new Grid(code, prefix(code, 6), prefix(code, 9), prefix(code, 12));
    }

    private static String prefix(String code, int n) {
      return code.length() >= n ? code.substring(0, n) : null;
    }
  }

  @Serdeable
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Location(double lat, double lng, String crs, @Nullable Double accuracyM) {}

  @Serdeable
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Reporter(@Nullable String name, @Nullable String phone) {}
}
