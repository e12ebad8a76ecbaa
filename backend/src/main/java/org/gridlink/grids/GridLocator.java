package org.gridlink.grids;

import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Locale;
import org.gridlink.common.web.ProblemException;

/** "Which grid am I in?": checks the coordinates, converts GCJ-02, asks the in-memory index. */
@Singleton
class GridLocator {
  static final String BAD_COORDINATES = "coordinates-invalid";
  static final String NO_GRID = "no-grid-here";

  private final GridIndexHolder index;
  private final GridBoards boards;
  private final GridsProperties properties;

  GridLocator(GridIndexHolder index, GridBoards boards, GridsProperties properties) {
    this.index = index;
    this.boards = boards;
    this.properties = properties;
  }

  /** A WGS-84 point (longitude, latitude) from what a client sent, or a 400 problem. */
  static ChinaCoordinates.LngLat toWgs84(double lat, double lng, String crs) {
    String system = crs == null ? "wgs84" : crs.trim().toLowerCase(Locale.ROOT);
    if (!Double.isFinite(lat)
        || !Double.isFinite(lng)
        || Math.abs(lat) > 90
        || Math.abs(lng) > 180) {
      throw new ProblemException(
          HttpStatus.BAD_REQUEST, BAD_COORDINATES, "grids.locate.out-of-range");
    }
    return switch (system) {
      case "wgs84" -> new ChinaCoordinates.LngLat(lng, lat);
      case "gcj02" -> {
        if (ChinaCoordinates.outsideChina(lat, lng)) {
          throw new ProblemException(
              HttpStatus.BAD_REQUEST, BAD_COORDINATES, "grids.locate.outside-china");
        }
        yield ChinaCoordinates.gcj02ToWgs84(lat, lng);
      }
      default ->
          throw new ProblemException(
              HttpStatus.BAD_REQUEST, BAD_COORDINATES, "grids.locate.bad-crs");
    };
  }

  GridLocation locate(double lat, double lng, String crs) {
    ChinaCoordinates.LngLat p = toWgs84(lat, lng, crs);
    GridIndex current = index.current();
    GridIndex.Hit hit =
        current.locate(
            p.lng(), p.lat(), properties.getBoundaryMarginMetres(), properties.getNearestMetres());
    int found = hit.grid() >= 0 ? hit.grid() : hit.nearest();
    if (found < 0) {
      throw noGrid();
    }
    NoticeBoard board = boards.board(current.code(found)).orElseThrow(() -> noGrid());
    List<GridSummary> candidates =
        hit.candidates().stream()
            .map(c -> boards.board(current.code(c)))
            .flatMap(java.util.Optional::stream)
            .map(NoticeBoard::grid)
            .toList();
    boolean approximate = hit.grid() < 0;
    return new GridLocation(
        board.grid(),
        board.chain(),
        approximate,
        approximate ? Math.round(hit.nearestMetres()) : null,
        candidates,
        board);
  }

  private ProblemException noGrid() {
    return new ProblemException(
        HttpStatus.NOT_FOUND,
        NO_GRID,
        "grids.locate.no-grid",
        Math.round(properties.getNearestMetres()));
  }
}
