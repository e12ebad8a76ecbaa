package org.gridlink.grids;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Optional;

/** What other features may ask of grids: where a point lies, then and now, and a grid's board. */
@Singleton
public class GridsFacade {
  private final GridLocator locator;
  private final GridRegistry registry;
  private final GridBoards boards;

  GridsFacade(GridLocator locator, GridRegistry registry, GridBoards boards) {
    this.locator = locator;
    this.registry = registry;
    this.boards = boards;
  }

  /**
   * The grid at a point, {@code crs} {@code wgs84} or {@code gcj02}; throws the same 400/404
   * problems as {@code GET /api/v1/grids/locate}.
   */
  public GridLocation locate(double lat, double lng, String crs) {
    return locator.locate(lat, lng, crs);
  }

  /**
   * The point in WGS-84: GCJ-02 (Chinese map tiles) converted exactly, WGS-84 checked and kept.
   * Throws the same 400 problems as locate for bad coordinates.
   */
  public WgsPoint wgs84(double lat, double lng, String crs) {
    ChinaCoordinates.LngLat p = GridLocator.toWgs84(lat, lng, crs);
    return new WgsPoint(p.lat(), p.lng());
  }

  /** The grid whose boundary at {@code at} covered a WGS-84 point (a report filed last year). */
  public Optional<String> gridCodeAt(double lat, double lng, Instant at) {
    return registry.gridAt(lng, lat, at);
  }

  public Optional<NoticeBoard> board(String gridCode) {
    return boards.board(gridCode);
  }

  /** A grid's code, name and type, as residents see it. */
  public Optional<GridSummary> summary(String gridCode) {
    return registry.grid(gridCode).map(GridBoards::summary);
  }

  public boolean exists(String gridCode) {
    return registry.grid(gridCode).isPresent();
  }
}
