package org.gridlink.surveys;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.event.ApplicationEventPublisher;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import org.gridlink.reports.ReportResolved;
import org.gridlink.servicerequests.ServiceRequestCompleted;
import org.gridlink.support.Api;
import org.gridlink.support.MutableClock;
import org.gridlink.support.TestAccounts;
import org.junit.jupiter.api.Test;

/**
 * Follow-ups from the events: asked once per resolution (a repeated event asks nothing new), a
 * notification at once and exactly one reminder, however many instances run the job.
 */
abstract class FollowupRemindersContract {
  @Inject ApplicationEventPublisher<ReportResolved> resolved;
  @Inject ApplicationEventPublisher<ServiceRequestCompleted> completed;
  @Inject FollowupService followups;
  @Inject SurveyRepositories.Followups rows;
  @Inject MutableClock clock;
  @Inject Api api;
  @Inject TestAccounts accounts;

  String name = "f" + UUID.randomUUID().toString().substring(0, 8);
  String token;
  String subject;

  void signIn() {
    token = accounts.dev("RESIDENT", name);
    subject = "dev:RESIDENT:" + name;
  }

  long notifications() {
    var r = api.get("/api/v1/notifications").bearer(token).send();
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.body().split("SURVEY_INVITE", -1).length - 1;
  }

  @Test
  void aResolutionAsksOnceNotifiesAndRemindsExactlyOnce() throws Exception {
    signIn();
    long report = ThreadLocalRandom.current().nextLong(1L << 40);
    var event = new ReportResolved(report, subject, "320800001001001", clock.instant());
    resolved.publishEvent(event);
    resolved.publishEvent(event);
    completed.publishEvent(
        new ServiceRequestCompleted(
            report, subject, "320800001001001", List.of(), clock.instant()));
    List<SurveyEntities.Followup> mine = rows.findByRespondentOrderByCreatedAtDesc(subject);
    assertThat(mine).hasSize(2);
    assertThat(mine)
        .extracting(SurveyEntities.Followup::refType)
        .containsExactlyInAnyOrder(
            SurveyEntities.RefType.REPORT, SurveyEntities.RefType.SERVICE_REQUEST);
    assertThat(notifications()).isEqualTo(2);

    followups.remind();
    assertThat(notifications()).as("not yet three days").isEqualTo(2);
    clock.advance(Duration.ofDays(4));
    List<Callable<Integer>> instances = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      instances.add(followups::remind);
    }
    var pool = Executors.newFixedThreadPool(4);
    try {
      for (var f : pool.invokeAll(instances)) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
    followups.remind();
    assertThat(notifications()).isEqualTo(4);
    assertThat(rows.findByRespondentOrderByCreatedAtDesc(subject))
        .allSatisfy(f -> assertThat(f.remindedAt()).isNotNull());
  }
}
