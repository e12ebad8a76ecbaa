package org.gridlink.servicerequests;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Sort;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.gridlink.common.paging.PageQuery;
import org.gridlink.common.paging.PageResponse;
import org.gridlink.common.web.Messages;
import org.gridlink.servicerequests.RequestViews.Audience;
import org.gridlink.servicerequests.ServiceRequestRecords.AssignRequest;
import org.gridlink.servicerequests.ServiceRequestRecords.Colleague;
import org.gridlink.servicerequests.ServiceRequestRecords.NoteRequest;
import org.gridlink.servicerequests.ServiceRequestRecords.RequestView;
import org.gridlink.servicerequests.ServiceRequestRecords.TypeDraft;
import org.gridlink.servicerequests.ServiceRequestRecords.TypeView;

/** Community staff: the request types catalog and every request (escalated ones first to see). */
@Controller("/api/v1/admin")
@Tag(name = "Service requests (staff)")
@Secured({"STAFF", "ADMIN"})
@ExecuteOn(TaskExecutors.BLOCKING)
class ServiceRequestAdminController {
  private final RequestTypes types;
  private final StaffDesk desk;
  private final RequestViews views;

  ServiceRequestAdminController(RequestTypes types, StaffDesk desk, RequestViews views) {
    this.types = types;
    this.desk = desk;
    this.views = views;
  }

  @Operation(summary = "Every request type, inactive ones included")
  @Get("/service-request-types")
  List<TypeView> types(HttpRequest<?> request) {
    return types.all(Messages.localeOf(request));
  }

  @Operation(summary = "Create or change a request type: names, form fields, response target")
  @Put("/service-request-types/{code}")
  TypeView putType(
      @Pattern(regexp = "[A-Z][A-Z0-9_]{0,31}") String code,
      @Body @Valid TypeDraft body,
      HttpRequest<?> request) {
    return types.put(code, body, Messages.localeOf(request));
  }

  @Operation(summary = "Requests, newest first; filter by status, or escalated only")
  @Get("/service-requests")
  PageResponse<RequestView> list(
      @Nullable @QueryValue ServiceRequestStatus status,
      @Nullable @QueryValue Boolean escalated,
      @RequestBean @Valid PageQuery paging,
      HttpRequest<?> request) {
    var locale = Messages.localeOf(request);
    return PageResponse.of(
        desk.list(
            status,
            Boolean.TRUE.equals(escalated),
            paging.pageable(Sort.of(Sort.Order.desc("createdAt")))),
        r -> views.of(r, Audience.STAFF, locale));
  }

  @Operation(summary = "One request with its timeline")
  @Get("/service-requests/{id}")
  RequestView one(long id, HttpRequest<?> request) {
    return views.of(desk.one(id), Audience.STAFF, Messages.localeOf(request));
  }

  @Operation(summary = "Workers of the request's grid who can be assigned to it")
  @Get("/service-requests/{id}/workers")
  List<Colleague> candidates(long id) {
    return desk.candidates(id);
  }

  @Operation(
      summary =
          "Assign a request nobody has (or hand it to another worker) to a worker of its grid;"
              + " the resident and the worker are told")
  @Post("/service-requests/{id}/assign")
  RequestView assign(
      long id, @Body @Valid AssignRequest body, Authentication auth, HttpRequest<?> request) {
    return views.of(
        desk.assign(id, body.workerId(), auth.getName(), body.note()),
        Audience.STAFF,
        Messages.localeOf(request));
  }

  @Operation(summary = "Settle a request the resident twice said was not done")
  @Post("/service-requests/{id}/close")
  RequestView close(
      long id, @Body @Valid NoteRequest body, Authentication auth, HttpRequest<?> request) {
    return views.of(
        desk.close(id, auth.getName(), body.note()), Audience.STAFF, Messages.localeOf(request));
  }
}
