package org.gridlink.surveys;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.gridlink.reports.ReportResolved;

/** Asks for a follow-up when a case is resolved or a service request is done. */
@Singleton
class FollowupListener {
  private final FollowupService followups;

  FollowupListener(FollowupService followups) {
    this.followups = followups;
  }

  @EventListener
  void onReportResolved(ReportResolved e) {
    followups.ask(SurveyEntities.RefType.REPORT, e.reportId(), e.reporterSubject(), e.gridCode());
  }
}
