package org.gridlink.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.gridlink.common.web.ProblemException;
import org.gridlink.support.Api;
import org.gridlink.support.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Reopening, requests for more information and the resident's supplements. */
abstract class FollowUpsContract {
  @Inject Api api;
  @Inject TestAccounts accounts;
  @Inject ReportsFacade facade;
  @Inject FollowUpEvents events;

  ReportFixtures city;
  String me;

  @BeforeEach
  void city() {
    city = new ReportFixtures();
    city.importGrids(api, accounts.dev("STAFF", "follow-ups"));
    me = accounts.dev("RESIDENT", "u" + UUID.randomUUID().toString().substring(0, 8));
  }

  /** An auto-accepted report (exposed garbage) of the current resident. */
  long accepted() {
    String photo = ReportFixtures.upload(api, me, ReportFixtures.plainPng());
    var r =
        ReportFixtures.submit(
            api, me, city.body("ENV_GARBAGE", city.lat(), city.lng(), List.of(photo), false));
    assertThat(r.text("status")).as(r.body()).isEqualTo("ACCEPTED");
    return ((Number) r.field("id")).longValue();
  }

  Api.Response supplement(long id, String key, Map<String, Object> body) {
    var post = api.post("/api/v1/reports/" + id + "/supplements", body).bearer(me);
    return key == null ? post.send() : post.header("Idempotency-Key", key).send();
  }

  @Test
  void aResolvedReportIsReopenedWithItsNoteAndTheEventIsPublished() {
    long id = accepted();
    assertThatThrownBy(() -> facade.reopen(id, "surveys", "不满意"))
        .isInstanceOfSatisfying(
            ProblemException.class, p -> assertThat(p.status().getCode()).isEqualTo(409));
    assertThat(events.reopened).noneMatch(e -> e.reportId() == id);
    assertThat(facade.moveTowards(id, ReportStatus.RESOLVED, "governance", "已处理")).isTrue();
    assertThat(facade.reopen(id, "surveys", "居民回访不满意：垃圾仍在")).isEqualTo(ReportStatus.REOPENED);
    assertThat(facade.status(id)).contains(ReportStatus.REOPENED);
    assertThat(events.reopened)
        .anyMatch(e -> e.reportId() == id && e.note().equals("居民回访不满意：垃圾仍在"));
    var view = api.get("/api/v1/reports/" + id).bearer(me).send();
    assertThat(view.body()).contains("\"status\":\"REOPENED\"").contains("居民回访不满意：垃圾仍在");
    assertThatThrownBy(() -> facade.reopen(Long.MAX_VALUE - 3, "surveys", null))
        .isInstanceOfSatisfying(
            ProblemException.class, p -> assertThat(p.status().getCode()).isEqualTo(404));
  }

  @Test
  void aRequestForInformationIsShownAndAnsweredOnceWithText() {
    long id = accepted();
    var early = supplement(id, UUID.randomUUID().toString(), Map.of("text", "补充"));
    assertThat(early.status()).as(early.body()).isEqualTo(409);
    assertThat(early.body()).contains("urn:gridlink:problem:conflict").contains("无需补充信息");

    assertThat(facade.requestInformation(id, "governance", "街道办: 请补充一张近景照片")).isTrue();
    var view = api.get("/api/v1/reports/" + id).bearer(me).send();
    assertThat(view.json().get("infoRequest").toString()).contains("请补充一张近景照片");

    String key = UUID.randomUUID().toString();
    var first = supplement(id, key, Map.of("text", "垃圾在3号楼东侧"));
    assertThat(first.status()).as(first.body()).isEqualTo(200);
    assertThat(first.json().get("infoRequest")).isNull();
    assertThat(first.json().get("timeline").toString()).contains("垃圾在3号楼东侧");
    var again = supplement(id, key, Map.of("text", "垃圾在3号楼东侧"));
    assertThat(again.status()).isEqualTo(200);
    assertThat(events.supplemented.stream().filter(e -> e.reportId() == id)).hasSize(1);
    // The answer closed the request: a new answer needs a new request.
    var later = supplement(id, UUID.randomUUID().toString(), Map.of("text", "还有"));
    assertThat(later.status()).isEqualTo(409);
    // What the resident wrote is not on the public tracking page.
    var tracked = api.get("/api/v1/reports/track/" + view.text("trackingCode")).send();
    assertThat(tracked.body()).contains("请补充一张近景照片").doesNotContain("3号楼东侧");
  }

  @Test
  void aSupplementCarriesTheResidentsOwnPhotosOnly() {
    long id = accepted();
    facade.requestInformation(id, "governance", "请补充照片");
    String other = accounts.dev("RESIDENT", "o" + UUID.randomUUID().toString().substring(0, 8));
    String theirs = ReportFixtures.upload(api, other, ReportFixtures.plainPng());
    var stolen = supplement(id, UUID.randomUUID().toString(), Map.of("mediaIds", List.of(theirs)));
    assertThat(stolen.status()).as(stolen.body()).isEqualTo(400);

    String mine = ReportFixtures.upload(api, me, ReportFixtures.plainPng());
    var ok = supplement(id, UUID.randomUUID().toString(), Map.of("mediaIds", List.of(mine)));
    assertThat(ok.status()).as(ok.body()).isEqualTo(200);
    assertThat(ok.json().get("photos").toString()).contains(mine);
    assertThat(events.supplemented)
        .anyMatch(
            e -> e.reportId() == id && e.mediaIds().equals(List.of(mine)) && e.text() == null);
  }

  @Test
  void badSupplementsAreClearProblems() {
    long id = accepted();
    facade.requestInformation(id, "governance", "请补充");
    assertThat(supplement(id, null, Map.of("text", "x")).status()).isEqualTo(400);
    var empty = supplement(id, UUID.randomUUID().toString(), Map.of("text", "  "));
    assertThat(empty.status()).isEqualTo(400);
    assertThat(empty.body()).contains("problem");
    var tooLong = supplement(id, UUID.randomUUID().toString(), Map.of("text", "长".repeat(1001)));
    assertThat(tooLong.status()).isEqualTo(400);
    String stranger = accounts.dev("RESIDENT", "s" + UUID.randomUUID().toString().substring(0, 8));
    var notMine =
        api.post("/api/v1/reports/" + id + "/supplements", Map.of("text", "x"))
            .header("Idempotency-Key", UUID.randomUUID().toString())
            .bearer(stranger)
            .send();
    assertThat(notMine.status()).isEqualTo(404);
  }
}
