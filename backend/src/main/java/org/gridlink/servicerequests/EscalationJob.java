package org.gridlink.servicerequests;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import org.gridlink.servicerequests.ServiceRequestEntities.Request;
import org.gridlink.servicerequests.ServiceRequestRepositories.Requests;

/** The overdue check: every minute, each running request past its target is escalated once. */
@Singleton
class EscalationJob {
  private final Requests requests;
  private final Escalations escalations;
  private final ServiceRequestsProperties properties;
  private final Clock clock;

  EscalationJob(
      Requests requests,
      Escalations escalations,
      ServiceRequestsProperties properties,
      Clock clock) {
    this.requests = requests;
    this.escalations = escalations;
    this.properties = properties;
    this.clock = clock;
  }

  @Scheduled(
      fixedDelay = "${gridlink.service-requests.escalation-interval:1m}",
      initialDelay = "1m")
  void scheduled() {
    if (properties.isEscalationEnabled()) {
      run();
    }
  }

  /** Escalates what is overdue now (at most 100 per run); returns how many this run escalated. */
  int run() {
    Instant now = clock.instant();
    int escalated = 0;
    for (Request r :
        requests.findTop100ByStatusInAndDueAtLessThanAndEscalatedAtIsNullOrderByDueAt(
            ServiceRequestStatus.running(), now)) {
      if (escalations.escalate(r.id(), now)) {
        escalated++;
      }
    }
    return escalated;
  }
}
