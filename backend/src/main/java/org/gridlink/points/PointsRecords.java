package org.gridlink.points;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.gridlink.common.paging.PageResponse;

/** Wire records of the points feature. */
final class PointsRecords {
  private PointsRecords() {}

  /** One ledger line with its reason in the reader's language. */
  @Serdeable
  record EntryView(
      long id,
      String subject,
      String type,
      long points,
      long balanceAfter,
      String reason,
      String businessKey,
      String causedBy,
      Instant at) {}

  /** A resident's (or, for staff, any account's) balance, what expires when, and the ledger. */
  @Serdeable
  record Statement(
      String subject,
      long balance,
      List<Expiry.Expiring> expiring,
      PageResponse<EntryView> entries) {}

  /** A staff correction; negative takes points away (never below zero). */
  @Serdeable
  record Adjustment(
      @NotBlank @Size(max = 100) String subject,
      @Min(-100_000) @Max(100_000) long points,
      @NotBlank @Size(max = 200) String reason) {}
}
