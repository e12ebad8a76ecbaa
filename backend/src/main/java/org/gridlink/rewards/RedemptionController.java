package org.gridlink.rewards;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.qrcode.QRCodeWriter;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Sort;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
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
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.gridlink.common.paging.PageQuery;
import org.gridlink.common.paging.PageResponse;
import org.gridlink.common.web.ProblemException;

/** The volunteer's side: browse the catalog, redeem, see, cancel and show pickup codes. */
@Controller("/api/v1")
@Tag(name = "Rewards")
@Secured({"RESIDENT", "VOLUNTEER"})
@ExecuteOn(TaskExecutors.BLOCKING)
class RedemptionController {
  private final Catalog catalog;
  private final RedemptionService service;
  private final RedemptionGate gate;

  RedemptionController(Catalog catalog, RedemptionService service, RedemptionGate gate) {
    this.catalog = catalog;
    this.service = service;
    this.gate = gate;
  }

  @Operation(summary = "Rewards available now, cheapest first")
  @Get("/rewards")
  List<RewardRecords.ItemView> catalog() {
    return catalog.available().stream().map(catalog::view).toList();
  }

  @Operation(
      summary =
          "Redeem one item: points, stock and limits in one transaction; the Idempotency-Key makes"
              + " retries and double taps answer the first redemption")
  @Post("/redemptions")
  HttpResponse<RewardRecords.RedemptionView> redeem(
      @Body @Valid RewardRecords.RedeemRequest body,
      @Nullable @Header("Idempotency-Key") String key,
      Authentication auth) {
    if (key == null || key.isBlank() || key.length() > 128) {
      throw ProblemException.badRequest("problem.rewards.key-required");
    }
    RewardRecords.RedemptionView view;
    try {
      var redeemed =
          gate.through(body.itemId(), () -> service.redeem(body.itemId(), auth.getName(), key));
      view = catalog.view(redeemed.redemption(), redeemed.item(), true);
    } catch (RedemptionService.AlreadyRedeemed replay) {
      view = catalog.view(service.byRequest(auth.getName(), key), true);
    }
    return HttpResponse.created(view);
  }

  @Operation(summary = "My redemptions, newest first")
  @Get("/redemptions/mine")
  PageResponse<RewardRecords.RedemptionView> mine(
      @RequestBean @Valid PageQuery paging, Authentication auth) {
    return PageResponse.of(
        catalog
            .redemptions()
            .findBySubject(auth.getName(), paging.pageable(Sort.of(Sort.Order.desc("id")))),
        r -> catalog.view(r, true));
  }

  @Operation(summary = "Cancel before pickup: points and stock come back")
  @Post("/redemptions/{ref}/cancel")
  RewardRecords.RedemptionView cancel(String ref, Authentication auth) {
    return catalog.view(service.cancel(ref, auth.getName()), true);
  }

  @Operation(summary = "The pickup QR code of one of my pending redemptions (PNG)")
  @Get(value = "/redemptions/{ref}/qr", produces = "image/png")
  HttpResponse<byte[]> qr(String ref, Authentication auth) {
    RewardEntities.Redemption r =
        catalog
            .redemptions()
            .findByRef(ref)
            .filter(x -> x.subject().equals(auth.getName()))
            .filter(x -> x.status() == RedemptionStatus.PENDING)
            .orElseThrow(() -> ProblemException.notFound("problem.rewards.redemption-not-found"));
    try {
      var matrix = new QRCodeWriter().encode(r.qrToken(), BarcodeFormat.QR_CODE, 320, 320);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      MatrixToImageWriter.writeToStream(matrix, "png", out);
      return HttpResponse.ok(out.toByteArray())
          .contentType(MediaType.IMAGE_PNG_TYPE)
          .header("Cache-Control", "no-store");
    } catch (WriterException | IOException e) {
      throw new IllegalStateException("Pickup QR code failed", e);
    }
  }
}
