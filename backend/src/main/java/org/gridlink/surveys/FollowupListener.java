package org.gridlink.surveys;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.gridlink.reports.ReportResolved;
import org.gridlink.servicerequests.ServiceRequestCompleted;

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

  /**
   * A done service request is asked about too. A "no" is recorded for the figures only: the
   * resident's own confirmation on the request is what reopens it (servicerequests has no facade).
   */
  @EventListener
  void onServiceRequestCompleted(ServiceRequestCompleted e) {
    followups.ask(
        SurveyEntities.RefType.SERVICE_REQUEST, e.id(), e.residentSubject(), e.gridCode());
  }
}
