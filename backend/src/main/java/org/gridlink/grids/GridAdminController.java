package org.gridlink.grids;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Sort;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.json.JsonMapper;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.util.List;
import org.gridlink.common.paging.PageQuery;
import org.gridlink.common.paging.PageResponse;
import org.gridlink.common.web.Messages;
import org.gridlink.common.web.ProblemException;

/** Staff import and export grid boundaries and read a grid's boundary history. */
@Controller("/api/v1/admin/grids")
@Secured({"STAFF", "ADMIN"})
@Tag(name = "Grids administration")
class GridAdminController {
  static final String GEO_JSON = "application/geo+json";
  private final GridImports imports;
  private final GridRegistry registry;
  private final JsonMapper json;
  private final GridBoards boards;
  private final NoticeBoardPdf pdf;

  GridAdminController(
      GridImports imports,
      GridRegistry registry,
      JsonMapper json,
      GridBoards boards,
      NoticeBoardPdf pdf) {
    this.imports = imports;
    this.boards = boards;
    this.pdf = pdf;
    this.json = json;
    this.registry = registry;
  }

  @Operation(summary = "Import a GeoJSON FeatureCollection of grids, all or nothing")
  @Post(
      value = "/import",
      consumes = {MediaType.APPLICATION_JSON, GEO_JSON})
  ImportResult importGrids(@Body byte[] body, HttpRequest<?> request) {
    return imports.importGeoJson(body, Messages.localeOf(request));
  }

  @Operation(summary = "Validate a GeoJSON upload as an import would, changing nothing")
  @Post(
      value = "/import/check",
      consumes = {MediaType.APPLICATION_JSON, GEO_JSON})
  ImportCheck check(@Body byte[] body, HttpRequest<?> request) {
    return imports.check(body, Messages.localeOf(request));
  }

  /** A grid in the console's list. */
  @io.micronaut.serde.annotation.Serdeable
  record GridListItem(String code, String name, GridType type, String communityCode) {}

  @Operation(summary = "Grids by code, optionally those whose name or code contains q")
  @Get
  PageResponse<GridListItem> list(
      @Nullable @QueryValue @Size(max = 50) String q, @RequestBean @Valid PageQuery paging) {
    return PageResponse.of(
        registry.page(q, paging.pageable(Sort.of(Sort.Order.asc("code")))),
        g -> new GridListItem(g.code(), g.name(), g.gridType(), g.communityCode()));
  }

  @Operation(summary = "One grid's current boundary as a GeoJSON FeatureCollection")
  @Get(value = "/{code}/geojson", produces = GEO_JSON)
  HttpResponse<byte[]> one(String code) throws IOException {
    GridFeature feature =
        registry
            .currentFeature(code)
            .orElseThrow(() -> ProblemException.notFound("grids.not-found", code));
    return HttpResponse.ok(json.writeValueAsBytes(GeoJsonCodec.write(List.of(feature))))
        .contentType(GEO_JSON)
        .header("Content-Disposition", "attachment; filename=\"grid-" + code + ".geojson\"");
  }

  @Operation(summary = "Export every grid's current boundary as GeoJSON")
  @Get(value = "/export", produces = GEO_JSON)
  HttpResponse<byte[]> export() throws IOException {
    return HttpResponse.ok(json.writeValueAsBytes(imports.export()))
        .contentType(GEO_JSON)
        .header("Content-Disposition", "attachment; filename=\"grids.geojson\"");
  }

  @Operation(summary = "The printable A4 notice board of a grid, as PDF")
  @Get(value = "/{code}/board.pdf", produces = "application/pdf")
  HttpResponse<byte[]> boardPdf(String code) {
    NoticeBoard board =
        boards.board(code).orElseThrow(() -> ProblemException.notFound("grids.not-found", code));
    return HttpResponse.ok(pdf.render(board))
        .contentType("application/pdf")
        .header("Content-Disposition", "inline; filename=\"board-" + code + ".pdf\"");
  }

  /** One boundary version of a grid. */
  @io.micronaut.serde.annotation.Serdeable
  record BoundaryVersion(String wkt, java.time.Instant validFrom, java.time.Instant validTo) {}

  @Operation(summary = "A grid's boundary versions, oldest first")
  @Get("/{code}/versions")
  List<BoundaryVersion> versions(String code) {
    registry.grid(code).orElseThrow(() -> ProblemException.notFound("grids.not-found", code));
    return registry.versions(code).stream()
        .map(v -> new BoundaryVersion(v.boundaryWkt(), v.validFrom(), v.validTo()))
        .toList();
  }
}
