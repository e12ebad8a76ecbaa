package org.gridlink.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.gridlink.reports.ReportStatus;
import org.gridlink.support.Api;
import org.junit.jupiter.api.Test;

/**
 * The case follow-up end to end: the governance system resolves a case, the resident is asked once
 * whether it was fixed, and "no" reopens the report and goes back to the simulator as a case
 * update.
 */
abstract class SurveyFollowupContract extends GovernanceSetup {
  String token;

  long resolvedCase() {
    token = city.resident("s" + UUID.randomUUID().toString().substring(0, 8));
    long id = city.accepted(token, false);
    dispatcher.drain();
    sim.emit(id, "resolved", "环卫所", "已清运", clock.instant());
    assertThat(status(id)).isEqualTo(ReportStatus.RESOLVED);
    return id;
  }

  /** The caller's follow-ups about this report, newest first. */
  List<Map<String, Object>> followups(long reportId) {
    var r = api.get("/api/v1/surveys").bearer(token).send();
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> all = (List<Map<String, Object>>) r.field("followups");
    return all.stream().filter(f -> ((Number) f.get("refId")).longValue() == reportId).toList();
  }

  long followupId(long reportId) {
    return ((Number) followups(reportId).get(0).get("id")).longValue();
  }

  Api.Response answer(long followup, String fixed, int satisfaction, String comment) {
    Map<String, Object> body = new HashMap<>();
    body.put("fixed", fixed);
    body.put("satisfaction", satisfaction);
    body.put("comment", comment);
    return api.post("/api/v1/surveys/followups/" + followup + "/answer", body).bearer(token).send();
  }

  @Test
  void notFixedReopensTheReportAndTheCaseGoesBackToGovernance() throws Exception {
    long id = resolvedCase();
    var asked = followups(id);
    assertThat(asked).singleElement().satisfies(f -> assertThat(f.get("open")).isEqualTo(true));
    long followup = followupId(id);

    var answered = answer(followup, "NO", 2, "垃圾仍在");
    assertThat(answered.status()).as(answered.body()).isEqualTo(200);
    assertThat(answered.text("fixed")).isEqualTo("NO");
    assertThat(status(id)).isEqualTo(ReportStatus.REOPENED);
    dispatcher.drain();
    assertThat(sim.updatesOf(id))
        .singleElement()
        .satisfies(
            u -> {
              assertThat(u.get("kind")).isEqualTo("REOPEN");
              assertThat(u.get("text").toString()).contains("垃圾仍在");
            });
    // One tap only: the same question cannot be answered twice.
    assertThat(answer(followup, "YES", 5, null).status()).isEqualTo(409);

    // The department resolves it again: the resident is asked again, in a second round.
    CaseUpdatesContract.await("resolved again", () -> status(id) == ReportStatus.RESOLVED);
    CaseUpdatesContract.await("asked again", () -> followups(id).size() == 2);
    assertThat(followups(id).get(0).get("open")).isEqualTo(true);
  }

  @Test
  void fixedKeepsTheReportResolvedAndAnExpiredQuestionIsClosed() {
    long id = resolvedCase();
    var yes = answer(followupId(id), "YES", 5, null);
    assertThat(yes.status()).as(yes.body()).isEqualTo(200);
    assertThat(status(id)).isEqualTo(ReportStatus.RESOLVED);
    dispatcher.drain();
    assertThat(sim.updatesOf(id)).isEmpty();

    long other = resolvedCase();
    clock.advance(Duration.ofDays(15));
    assertThat(followups(other).get(0).get("open")).isEqualTo(false);
    assertThat(answer(followupId(other), "NO", 1, null).status()).isEqualTo(409);
    assertThat(status(other)).isEqualTo(ReportStatus.RESOLVED);
  }

  @Test
  void anotherResidentCannotAnswerMyQuestion() {
    long id = resolvedCase();
    long followup = followupId(id);
    String mine = token;
    token = city.resident("x" + UUID.randomUUID().toString().substring(0, 8));
    assertThat(answer(followup, "NO", 1, null).status()).isEqualTo(404);
    assertThat(followups(id)).isEmpty();
    token = mine;
    assertThat(status(id)).isEqualTo(ReportStatus.RESOLVED);
  }
}
