package org.gridlink.rewards;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Sort;
import io.micronaut.http.HttpResponse;
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
import java.util.Arrays;
import java.util.List;
import org.gridlink.common.paging.PageQuery;
import org.gridlink.common.paging.PageResponse;
import org.gridlink.common.web.ProblemException;

/** Staff: the catalog, stock, redemptions and pickup verification (核销). */
@Controller("/api/v1/admin")
@Tag(name = "Rewards administration")
@Secured({"STAFF", "ADMIN"})
@ExecuteOn(TaskExecutors.BLOCKING)
class RewardsAdminController {
  private final Catalog catalog;
  private final RedemptionService service;

  RewardsAdminController(Catalog catalog, RedemptionService service) {
    this.catalog = catalog;
    this.service = service;
  }

  @Operation(summary = "Every catalog item, active or not")
  @Get("/rewards")
  List<RewardRecords.ItemView> all(@RequestBean @Valid PageQuery paging) {
    return catalog.all(paging).stream().map(catalog::view).toList();
  }

  @Operation(summary = "Add an item (with its first stock)")
  @Post("/rewards")
  HttpResponse<RewardRecords.ItemView> create(
      @Body @Valid RewardRecords.ItemRequest body, Authentication auth) {
    return HttpResponse.created(catalog.view(catalog.create(body, auth.getName())));
  }

  @Operation(summary = "Edit an item (stock changes go through /stock)")
  @Put("/rewards/{id}")
  RewardRecords.ItemView update(
      long id, @Body @Valid RewardRecords.ItemRequest body, Authentication auth) {
    return catalog.view(catalog.update(id, body, auth.getName()));
  }

  @Operation(summary = "Restock (positive) or write off (negative) units")
  @Post("/rewards/{id}/stock")
  RewardRecords.ItemView stock(long id, @Body @Valid RewardRecords.StockChange body) {
    if (body.delta() == 0) {
      throw ProblemException.badRequest("problem.rewards.stock-zero");
    }
    return catalog.view(catalog.changeStock(id, body.delta()));
  }

  @Operation(summary = "Redemptions, newest first, optionally of one status")
  @Get("/redemptions")
  PageResponse<RewardRecords.RedemptionView> redemptions(
      @Nullable @QueryValue String status, @RequestBean @Valid PageQuery paging) {
    var pageable = paging.pageable(Sort.of(Sort.Order.desc("id")));
    if (status == null || status.isBlank()) {
      return PageResponse.of(catalog.redemptions().findAll(pageable), r -> catalog.view(r, false));
    }
    RedemptionStatus s =
        Arrays.stream(RedemptionStatus.values())
            .filter(v -> v.name().equals(status))
            .findFirst()
            .orElseThrow(() -> ProblemException.badRequest("problem.rewards.bad-status", status));
    return PageResponse.of(
        catalog.redemptions().findByStatus(s, pageable), r -> catalog.view(r, false));
  }

  @Operation(summary = "Verify a pickup by the scanned QR token or the typed 8 digits; once only")
  @Post("/redemptions/verify")
  RewardRecords.RedemptionView verify(
      @Body @Valid RewardRecords.VerifyRequest body, Authentication auth) {
    return catalog.view(service.verify(body.code(), auth.getName()), false);
  }
}
