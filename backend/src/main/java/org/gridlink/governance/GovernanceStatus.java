package org.gridlink.governance;

import java.util.Locale;
import java.util.Optional;
import org.gridlink.reports.ReportStatus;

/** The governance system's case statuses and the report status each one means. */
enum GovernanceStatus {
  ACCEPTED(ReportStatus.FORWARDED),
  DISPATCHED(ReportStatus.FORWARDED),
  IN_PROGRESS(ReportStatus.IN_PROGRESS),
  RESOLVED(ReportStatus.RESOLVED),
  CLOSED(ReportStatus.CLOSED),
  REJECTED(ReportStatus.REJECTED),
  /** Returned for more information: the report keeps its status and waits for the resident. */
  RETURNED(null);

  private final ReportStatus reportStatus;

  GovernanceStatus(ReportStatus reportStatus) {
    this.reportStatus = reportStatus;
  }

  Optional<ReportStatus> reportStatus() {
    return Optional.ofNullable(reportStatus);
  }

  static Optional<GovernanceStatus> parse(String wire) {
    if (wire == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(valueOf(wire.toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
