package org.gridlink.grids;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.gridlink.common.web.ProblemException;
import org.gridlink.grids.HomeGridRecords.HomeGridAnswer;
import org.gridlink.grids.HomeGridRecords.HomeGridRequest;
import org.gridlink.grids.HomeGridRecords.HomeGridView;
import org.gridlink.identity.HomeGrid;
import org.gridlink.identity.IdentityFacade;

/**
 * The signed-in resident's home grid. It lives here, not in identity, because choosing one needs
 * the grid registry and the locator (identity keeps the history and knows nothing of grids).
 */
@Controller("/api/v1/me/home-grid")
@Tag(name = "My profile")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class HomeGridController {
  private final IdentityFacade identity;
  private final GridRegistry registry;
  private final GridLocator locator;

  HomeGridController(IdentityFacade identity, GridRegistry registry, GridLocator locator) {
    this.identity = identity;
    this.registry = registry;
    this.locator = locator;
  }

  @Operation(summary = "My home grid and since when (homeGrid null when none is chosen)")
  @Get
  HomeGridAnswer get(Authentication auth) {
    identity.resident(auth.getName()).orElseThrow(HomeGridController::residentsOnly);
    return answer(identity.homeGrid(auth.getName()).orElse(null));
  }

  @Operation(
      summary =
          "Choose my home grid by code, or by a point: a point clearly inside one grid sets it;"
              + " otherwise nothing is set and the suggestion and candidates come back to choose")
  @Put
  HomeGridAnswer put(@Body @Valid HomeGridRequest body, Authentication auth) {
    identity.resident(auth.getName()).orElseThrow(HomeGridController::residentsOnly);
    if (body.gridCode() != null) {
      if (body.lat() != null || body.lng() != null) {
        throw ProblemException.badRequest("grids.home-grid-one-way");
      }
      String code = body.gridCode().trim();
      registry.grid(code).orElseThrow(() -> ProblemException.notFound("grids.not-found", code));
      return answer(identity.changeHomeGrid(auth.getName(), code).orElse(null));
    }
    if (body.lat() == null || body.lng() == null) {
      throw ProblemException.badRequest("grids.home-grid-one-way");
    }
    GridLocation located =
        locator.locate(body.lat(), body.lng(), body.crs() == null ? "wgs84" : body.crs());
    if (located.approximate() || !located.candidates().isEmpty()) {
      // Not clearly one grid: the resident confirms the suggestion or picks a candidate.
      return new HomeGridAnswer(false, current(auth.getName()), located);
    }
    HomeGrid chosen = identity.changeHomeGrid(auth.getName(), located.grid().code()).orElseThrow();
    return new HomeGridAnswer(true, view(chosen), located);
  }

  @Operation(summary = "Forget my home grid (the history keeps when it was)")
  @Delete
  HttpResponse<Void> delete(Authentication auth) {
    identity.changeHomeGrid(auth.getName(), null);
    return HttpResponse.noContent();
  }

  private HomeGridAnswer answer(HomeGrid grid) {
    HomeGridView view = grid == null ? null : view(grid);
    return new HomeGridAnswer(view != null, view, null);
  }

  private HomeGridView current(String subject) {
    return identity.homeGrid(subject).map(this::view).orElse(null);
  }

  private HomeGridView view(HomeGrid grid) {
    // A grid removed since keeps its code; the name is then the code itself.
    return registry
        .grid(grid.gridCode())
        .map(g -> new HomeGridView(g.code(), g.name(), g.gridType(), grid.since()))
        .orElse(new HomeGridView(grid.gridCode(), grid.gridCode(), null, grid.since()));
  }

  private static ProblemException residentsOnly() {
    return new ProblemException(
        io.micronaut.http.HttpStatus.FORBIDDEN, "forbidden", "problem.resident.only-residents");
  }
}
