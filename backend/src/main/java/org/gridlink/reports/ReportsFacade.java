package org.gridlink.reports;

import jakarta.inject.Singleton;
import java.util.Optional;

/** What other features (governance, points, surveys) may ask of reports. */
@Singleton
public class ReportsFacade {
  private final ReportRepositories.Reports reports;

  ReportsFacade(ReportRepositories.Reports reports) {
    this.reports = reports;
  }

  public Optional<ReportStatus> status(long reportId) {
    return reports.findById(reportId).map(Report::status);
  }

  /** The reporter's subject, for crediting points or asking for a rating. */
  public Optional<String> reporter(long reportId) {
    return reports.findById(reportId).map(Report::reporter);
  }
}
