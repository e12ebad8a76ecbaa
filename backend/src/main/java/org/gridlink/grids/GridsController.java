package org.gridlink.grids;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.gridlink.common.web.ProblemException;

/** Residents find their grid and its notice board by location or by name; no sign-in needed. */
@Controller("/api/v1/grids")
@Secured(SecurityRule.IS_ANONYMOUS)
@Tag(name = "Grids")
class GridsController {
  private final GridLocator locator;
  private final GridSearch search;
  private final GridBoards boards;
  private final BoardQrCode qr;
  private final GridsProperties properties;

  GridsController(
      GridLocator locator,
      GridSearch search,
      GridBoards boards,
      BoardQrCode qr,
      GridsProperties properties) {
    this.properties = properties;
    this.locator = locator;
    this.qr = qr;
    this.search = search;
    this.boards = boards;
  }

  @Operation(summary = "The grid at a point (WGS-84 or GCJ-02), its chain and notice board")
  @Get("/locate")
  GridLocation locate(
      @Nullable @QueryValue String lat,
      @Nullable @QueryValue String lng,
      @Nullable @QueryValue String crs) {
    return locator.locate(number(lat), number(lng), crs);
  }

  /**
   * What the web maps need: tiles (empty for none) and where to centre before anything is known.
   */
  @io.micronaut.serde.annotation.Serdeable
  @com.fasterxml.jackson.annotation.JsonInclude(
      com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS)
  record MapConfig(String tileUrl, String attribution, String crs, double lat, double lng) {}

  @Operation(summary = "Map settings for the web: tile URL template (may be empty) and centre")
  @Get("/map")
  MapConfig map() {
    return new MapConfig(
        properties.getMapTileUrl(),
        properties.getMapAttribution(),
        properties.getMapTileCrs(),
        DemoCity.CENTRE_LAT,
        DemoCity.CENTRE_LNG);
  }

  @Operation(summary = "Communities and grids whose name contains the query")
  @Get("/search")
  List<SearchHit> search(@Nullable @QueryValue String q) {
    return search.search(q);
  }

  @Operation(summary = "A grid's public notice board")
  @Get("/{code}/board")
  NoticeBoard board(String code) {
    return boards.board(code).orElseThrow(() -> ProblemException.notFound("grids.not-found", code));
  }

  @Operation(summary = "The QR code printed on a grid's notice board, opening that board")
  @Get(value = "/{code}/qr.png", produces = "image/png")
  HttpResponse<byte[]> qr(String code) {
    boards.board(code).orElseThrow(() -> ProblemException.notFound("grids.not-found", code));
    return HttpResponse.ok(qr.png(code, 300)).contentType("image/png");
  }

  private static double number(String text) {
    if (text == null || text.isBlank() || text.length() > 40) {
      return Double.NaN;
    }
    try {
      return Double.parseDouble(text.trim());
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }
}
