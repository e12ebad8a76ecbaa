package org.gridlink.servicerequests;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Sort;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.gridlink.common.paging.PageQuery;
import org.gridlink.common.paging.PageResponse;
import org.gridlink.common.web.Messages;
import org.gridlink.common.web.ProblemException;
import org.gridlink.servicerequests.RequestViews.Audience;
import org.gridlink.servicerequests.ServiceRequestRecords.ConfirmRequest;
import org.gridlink.servicerequests.ServiceRequestRecords.NoteRequest;
import org.gridlink.servicerequests.ServiceRequestRecords.RequestView;
import org.gridlink.servicerequests.ServiceRequestRecords.SubmitRequest;
import org.gridlink.servicerequests.ServiceRequestRecords.TypeView;

/** A resident's service requests: ask for help, follow it, answer, confirm and rate. */
@Controller("/api/v1/service-requests")
@Tag(name = "Service requests")
@Secured("RESIDENT")
@ExecuteOn(TaskExecutors.BLOCKING)
class ServiceRequestController {
  private final ServiceRequests requests;
  private final RequestTypes types;
  private final RequestViews views;

  ServiceRequestController(ServiceRequests requests, RequestTypes types, RequestViews views) {
    this.requests = requests;
    this.types = types;
    this.views = views;
  }

  @Operation(summary = "The kinds of help one can ask for, each with its form")
  @Get("/types")
  @Secured(SecurityRule.IS_ANONYMOUS)
  List<TypeView> types(HttpRequest<?> request) {
    return types.active(Messages.localeOf(request));
  }

  @Operation(
      summary =
          "Ask for help for a grid (by code, by location, or my home grid); send an"
              + " Idempotency-Key so a retry cannot ask twice")
  @Post
  HttpResponse<RequestView> submit(
      @Body @Valid SubmitRequest body,
      @Nullable @Header("Idempotency-Key") String idempotencyKey,
      Authentication auth,
      HttpRequest<?> request) {
    if (idempotencyKey == null) {
      throw new ProblemException(
          HttpStatus.BAD_REQUEST, "bad-request", "servicerequests.key-required");
    }
    var locale = Messages.localeOf(request);
    var saved = requests.submit(body, auth.getName(), locale);
    return HttpResponse.created(views.of(saved, Audience.RESIDENT, locale));
  }

  @Operation(summary = "My requests, newest first")
  @Get
  PageResponse<RequestView> mine(
      @RequestBean @Valid PageQuery paging, Authentication auth, HttpRequest<?> request) {
    var locale = Messages.localeOf(request);
    return PageResponse.of(
        requests.mine(auth.getName(), paging.pageable(Sort.of(Sort.Order.desc("createdAt")))),
        r -> views.of(r, Audience.RESIDENT, locale));
  }

  @Operation(summary = "One of my requests with its timeline")
  @Get("/{id}")
  RequestView one(long id, Authentication auth, HttpRequest<?> request) {
    return view(requests.own(id, auth.getName()), request);
  }

  @Operation(summary = "Answer the grid worker's question, or add something")
  @Post("/{id}/reply")
  RequestView reply(
      long id, @Body @Valid NoteRequest body, Authentication auth, HttpRequest<?> request) {
    return view(requests.reply(id, auth.getName(), body.note()), request);
  }

  @Operation(summary = "Withdraw my request (until it is done)")
  @Post("/{id}/cancel")
  RequestView cancel(long id, Authentication auth, HttpRequest<?> request) {
    return view(requests.cancel(id, auth.getName()), request);
  }

  @Operation(summary = "The help was given: confirm and rate it (1 to 5, optional comment)")
  @Post("/{id}/confirm")
  RequestView confirm(
      long id, @Body @Valid ConfirmRequest body, Authentication auth, HttpRequest<?> request) {
    return view(requests.confirm(id, auth.getName(), body.rating(), body.comment()), request);
  }

  @Operation(summary = "It was not done: reopens once, the second time it goes to staff")
  @Post("/{id}/not-done")
  RequestView notDone(
      long id, @Body @Valid NoteRequest body, Authentication auth, HttpRequest<?> request) {
    return view(requests.notDone(id, auth.getName(), body.note()), request);
  }

  private RequestView view(ServiceRequestEntities.Request r, HttpRequest<?> request) {
    return views.of(r, Audience.RESIDENT, Messages.localeOf(request));
  }
}
