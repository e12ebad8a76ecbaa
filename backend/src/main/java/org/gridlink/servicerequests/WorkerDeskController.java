package org.gridlink.servicerequests;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Sort;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.gridlink.common.paging.PageQuery;
import org.gridlink.common.paging.PageResponse;
import org.gridlink.common.web.Messages;
import org.gridlink.servicerequests.RequestViews.Audience;
import org.gridlink.servicerequests.ServiceRequestRecords.Colleague;
import org.gridlink.servicerequests.ServiceRequestRecords.DoneRequest;
import org.gridlink.servicerequests.ServiceRequestRecords.HandOverRequest;
import org.gridlink.servicerequests.ServiceRequestRecords.NoteRequest;
import org.gridlink.servicerequests.ServiceRequestRecords.RequestView;
import org.gridlink.workers.WorkerAccount;

/**
 * The grid worker's queue (mobile), for accounts staff linked to a worker record. Only requests of
 * the grids the worker serves exist here.
 */
@Controller("/api/v1/worker/service-requests")
@Tag(name = "Service requests (grid workers)")
@Secured("GRID_WORKER")
@ExecuteOn(TaskExecutors.BLOCKING)
class WorkerDeskController {
  private final WorkerDesk desk;
  private final RequestViews views;

  WorkerDeskController(WorkerDesk desk, RequestViews views) {
    this.desk = desk;
    this.views = views;
  }

  @Operation(summary = "Who I am as a grid worker and the grids I serve")
  @Get("/me")
  WorkerAccount me(Authentication auth) {
    return desk.me(auth.getName());
  }

  @Operation(summary = "My grids' requests with workers, oldest target first (all=true: every one)")
  @Get
  PageResponse<RequestView> queue(
      @Nullable @QueryValue Boolean all,
      @RequestBean @Valid PageQuery paging,
      Authentication auth,
      HttpRequest<?> request) {
    var locale = Messages.localeOf(request);
    return PageResponse.of(
        desk.queue(
            desk.me(auth.getName()), Boolean.TRUE.equals(all), paging.pageable(Sort.unsorted())),
        r -> views.of(r, Audience.WORKER, locale));
  }

  @Operation(summary = "One request of my grids")
  @Get("/{id}")
  RequestView one(long id, Authentication auth, HttpRequest<?> request) {
    return view(desk.one(desk.me(auth.getName()), id), request);
  }

  @Operation(summary = "Colleagues serving the request's grid, to hand over to")
  @Get("/{id}/colleagues")
  List<Colleague> colleagues(long id, Authentication auth) {
    return desk.colleagues(desk.me(auth.getName()), id);
  }

  @Operation(summary = "I take this request")
  @Post("/{id}/accept")
  RequestView accept(long id, Authentication auth, HttpRequest<?> request) {
    return view(desk.accept(desk.me(auth.getName()), id), request);
  }

  @Operation(summary = "Reply to the resident")
  @Post("/{id}/reply")
  RequestView reply(
      long id, @Body @Valid NoteRequest body, Authentication auth, HttpRequest<?> request) {
    return view(desk.reply(desk.me(auth.getName()), id, body.note()), request);
  }

  @Operation(summary = "Ask the resident for information (the response clock pauses)")
  @Post("/{id}/ask")
  RequestView ask(
      long id, @Body @Valid NoteRequest body, Authentication auth, HttpRequest<?> request) {
    return view(desk.askForInformation(desk.me(auth.getName()), id, body.note()), request);
  }

  @Operation(summary = "Hand the request over to a colleague serving the same grid")
  @Post("/{id}/hand-over")
  RequestView handOver(
      long id, @Body @Valid HandOverRequest body, Authentication auth, HttpRequest<?> request) {
    return view(desk.handOver(desk.me(auth.getName()), id, body.workerId(), body.note()), request);
  }

  @Operation(summary = "Mark the request done; the resident confirms and rates")
  @Post("/{id}/done")
  RequestView done(
      long id, @Body @Valid DoneRequest body, Authentication auth, HttpRequest<?> request) {
    return view(desk.done(desk.me(auth.getName()), id, body.note()), request);
  }

  private RequestView view(ServiceRequestEntities.Request r, HttpRequest<?> request) {
    return views.of(r, Audience.WORKER, Messages.localeOf(request));
  }
}
