package org.gridlink.grids;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;

/** Wire records of the resident's home grid. */
final class HomeGridRecords {
  private HomeGridRecords() {}

  /** Either a grid code (chosen from search or a located suggestion) or a point to locate. */
  @Serdeable
  record HomeGridRequest(
      @Nullable @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9-]{0,63}", message = "{gridlink.grid-code}")
          String gridCode,
      @Nullable Double lat,
      @Nullable Double lng,
      @Nullable @Pattern(regexp = "wgs84|gcj02") String crs) {}

  @Serdeable
  record HomeGridView(String gridCode, String name, @Nullable GridType type, Instant since) {}

  /**
   * The answer to a change: {@code set} with the home grid, or, for a point that is not clearly in
   * one grid (approximate, or near a boundary), not set and the location with its suggestion and
   * candidates, for the resident to choose one by code.
   */
  @Serdeable
  record HomeGridAnswer(
      boolean set, @Nullable HomeGridView homeGrid, @Nullable GridLocation located) {}
}
