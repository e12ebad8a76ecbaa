package org.gridlink.workers;

import io.micronaut.data.model.Sort;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.gridlink.common.paging.PageQuery;
import org.gridlink.common.paging.PageResponse;

/** Staff manage grid workers: who they are, how residents reach them, which grids they serve. */
@Controller("/api/v1/admin/workers")
@Secured({"STAFF", "ADMIN"})
@Tag(name = "Workers")
class WorkerAdminController {
  private final WorkerService service;

  WorkerAdminController(WorkerService service) {
    this.service = service;
  }

  @Operation(summary = "List grid workers")
  @Get
  PageResponse<WorkerView> list(@RequestBean @Valid PageQuery paging) {
    return service.list(paging.pageable(Sort.UNSORTED));
  }

  @Operation(summary = "One grid worker, with the private phone")
  @Get("/{id}")
  WorkerView one(long id) {
    return service.view(id);
  }

  @Operation(summary = "Create a grid worker serving the given grids")
  @Post
  HttpResponse<WorkerView> create(@Body @Valid WorkerDraft body, Authentication auth) {
    long id = service.create(body, auth.getName());
    return HttpResponse.created(service.view(id));
  }

  /** The phone number the worker bound in the mini-program (WeChat's verified number). */
  @io.micronaut.serde.annotation.Serdeable
  record LinkAccount(
      @jakarta.validation.constraints.NotBlank
          @jakarta.validation.constraints.Pattern(regexp = "\\+?[0-9 -]{5,20}")
          String phone) {}

  @Operation(
      summary =
          "Link the worker's own WeChat account (found by the phone it bound): it signs in as"
              + " GRID_WORKER")
  @Post("/{id}/account")
  WorkerView link(long id, @Body @Valid LinkAccount body) {
    return service.linkAccount(id, body.phone());
  }

  @Operation(summary = "Unlink the worker's WeChat account (it stays a resident account)")
  @io.micronaut.http.annotation.Delete("/{id}/account")
  WorkerView unlink(long id) {
    return service.unlinkAccount(id);
  }

  @Operation(summary = "Replace a grid worker's details and grids")
  @Put("/{id}")
  WorkerView update(long id, @Body @Valid WorkerDraft body, Authentication auth) {
    return service.update(id, body, auth.getName());
  }
}
