package org.gridlink.identity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Sort;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.gridlink.common.paging.PageQuery;
import org.gridlink.common.paging.PageResponse;
import org.gridlink.common.web.Messages;

/** Administrators manage staff accounts and read the audit log. */
@Controller("/api/v1/admin")
@Secured("ADMIN")
@Tag(name = "Administration")
class StaffAdminController {
  private final StaffAccounts staff;
  private final AuditRepository audit;

  StaffAdminController(StaffAccounts staff, AuditRepository audit) {
    this.staff = staff;
    this.audit = audit;
  }

  @Operation(summary = "List staff accounts")
  @Get("/staff")
  PageResponse<StaffRecords.StaffView> list(@RequestBean @Valid PageQuery paging) {
    var p = paging.pageable(Sort.UNSORTED);
    return staff.list(p.getNumber(), p.getSize());
  }

  @Operation(summary = "One staff account")
  @Get("/staff/{id}")
  StaffRecords.StaffView one(long id) {
    return staff.find(id);
  }

  @Operation(summary = "Create a staff account with a one-time password")
  @Post("/staff")
  HttpResponse<StaffRecords.StaffView> create(
      @Body @Valid StaffRecords.CreateStaffRequest body, HttpRequest<?> request) {
    return HttpResponse.created(staff.create(body, Messages.localeOf(request)));
  }

  @Operation(summary = "Read the audit log, newest first, optionally for one actor")
  @Get("/audit")
  PageResponse<StaffRecords.AuditView> audit(
      @RequestBean @Valid PageQuery paging, @Nullable @QueryValue String actor) {
    var pageable = paging.pageable(Sort.of(Sort.Order.desc("id")));
    var page =
        actor == null || actor.isBlank()
            ? audit.findAll(pageable)
            : audit.findByActor(actor, pageable);
    return PageResponse.of(page, StaffRecords.AuditView::of);
  }
}
