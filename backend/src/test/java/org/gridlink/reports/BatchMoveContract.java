package org.gridlink.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.gridlink.support.Api;
import org.gridlink.support.Concurrently;
import org.gridlink.support.Eventually;
import org.gridlink.support.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link ReportsFacade#moveAll}, the set-based move the governance dispatcher uses: only reports
 * standing at the given status move, each exactly once, with one timeline entry and the same
 * notices a single move gives; the others (further along, withdrawn, not yet accepted, unknown) are
 * left untouched and tell nobody.
 */
abstract class BatchMoveContract {
  static final String ACTOR = "governance";

  @Inject Api api;
  @Inject TestAccounts accounts;
  @Inject ReportsFacade facade;
  @Inject ReportRepositories.Events events;
  @Inject TransactionOperations<Connection> transactions;

  ReportFixtures city;
  String staff;

  @BeforeEach
  void city() {
    city = new ReportFixtures();
    staff = accounts.dev("STAFF", "batch");
    city.importGrids(api, staff);
  }

  String resident() {
    return accounts.dev("RESIDENT", "m" + UUID.randomUUID().toString().substring(0, 8));
  }

  long submitted(String token) {
    String photo = ReportFixtures.upload(api, token, ReportFixtures.plainPng());
    var r =
        ReportFixtures.submit(
            api,
            token,
            city.body("FACILITY_MANHOLE", city.lat(), city.lng(), List.of(photo), false));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return ((Number) r.field("id")).longValue();
  }

  long accepted(String token) {
    long id = submitted(token);
    var ok = api.post("/api/v1/admin/reports/" + id + "/accept", Map.of()).bearer(staff).send();
    assertThat(ok.status()).as(ok.body()).isEqualTo(200);
    return id;
  }

  List<String> titles(String token) {
    var r = api.get("/api/v1/notifications?size=50").bearer(token).send();
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> items = (List<Map<String, Object>>) r.field("items");
    return items == null ? List.of() : items.stream().map(n -> n.get("title").toString()).toList();
  }

  int entries(long id) {
    return events.findByReportIdOrderById(id).size();
  }

  @Test
  void onlyReportsStandingAtTheSourceMoveWithTimelineAndNoticesForExactlyThose() {
    String me = resident();
    String neighbour = resident();
    long first = accepted(me);
    long second = accepted(me);
    long resolved = accepted(me);
    assertThat(facade.moveTowards(resolved, ReportStatus.RESOLVED, ACTOR, "已处理")).isTrue();
    long withdrawn = submitted(me);
    api.post("/api/v1/reports/" + withdrawn + "/withdraw", Map.of()).bearer(me).send();
    long waiting = submitted(me);
    api.post("/api/v1/reports/" + first + "/follow", Map.of()).bearer(neighbour).send();
    api.post("/api/v1/reports/" + resolved + "/follow", Map.of()).bearer(neighbour).send();
    // accepted x3, forwarded + in progress + resolved for the third
    Eventually.until("earlier notices", () -> titles(me).size() >= 6);
    List<String> mineBefore = titles(me);
    List<String> neighbourBefore = titles(neighbour);
    Map<Long, Integer> before =
        Map.of(
            first, entries(first),
            second, entries(second),
            resolved, entries(resolved),
            withdrawn, entries(withdrawn),
            waiting, entries(waiting));

    List<Long> moved =
        facade.moveAll(
            List.of(second, resolved, withdrawn, first, waiting, Long.MAX_VALUE, first),
            ReportStatus.ACCEPTED,
            ReportStatus.FORWARDED,
            ACTOR,
            null);

    assertThat(moved).containsExactly(first, second);
    assertThat(facade.status(first)).contains(ReportStatus.FORWARDED);
    assertThat(facade.status(second)).contains(ReportStatus.FORWARDED);
    assertThat(facade.status(resolved)).as("never moved backwards").contains(ReportStatus.RESOLVED);
    assertThat(facade.status(withdrawn)).contains(ReportStatus.WITHDRAWN);
    assertThat(facade.status(waiting)).contains(ReportStatus.SUBMITTED);
    for (long id : List.of(first, second)) {
      List<ReportParts.Event> timeline = events.findByReportIdOrderById(id);
      assertThat(timeline).hasSize(before.get(id) + 1);
      ReportParts.Event last = timeline.get(timeline.size() - 1);
      assertThat(last.status()).isEqualTo(ReportStatus.FORWARDED);
      assertThat(last.actor()).isEqualTo(ACTOR);
    }
    for (long id : List.of(resolved, withdrawn, waiting)) {
      assertThat(entries(id)).as("timeline of %d", id).isEqualTo(before.get(id));
    }
    Eventually.until("forwarded notices", () -> titles(me).size() >= mineBefore.size() + 2);
    List<String> mine = titles(me);
    assertThat(mine).hasSize(mineBefore.size() + 2);
    assertThat(mine.subList(0, 2)).containsExactly("上报已转交", "上报已转交");
    Eventually.until("follower notice", () -> titles(neighbour).size() > neighbourBefore.size());
    assertThat(titles(neighbour))
        .as("the follower of the moved report only")
        .hasSize(neighbourBefore.size() + 1)
        .first()
        .isEqualTo("关注的上报已转交");
    // A later single move is told, so the batch's notices (if any were wrongly due) had their turn.
    assertThat(facade.moveTowards(first, ReportStatus.IN_PROGRESS, ACTOR, null)).isTrue();
    Eventually.until("a later notice", () -> titles(me).size() == mineBefore.size() + 3);
    assertThat(titles(me).get(0)).isEqualTo("上报处理中");
  }

  @Test
  void onlyAllowedStepsAndNothingAtAllForAnEmptyBatch() {
    String me = resident();
    long id = accepted(me);
    assertThatThrownBy(
            () ->
                facade.moveAll(
                    List.of(id), ReportStatus.RESOLVED, ReportStatus.FORWARDED, ACTOR, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                facade.moveAll(
                    List.of(id), ReportStatus.ACCEPTED, ReportStatus.IN_PROGRESS, ACTOR, null))
        .as("one step at a time: ACCEPTED -> IN_PROGRESS skips FORWARDED")
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(
            facade.moveAll(List.of(), ReportStatus.ACCEPTED, ReportStatus.FORWARDED, ACTOR, null))
        .isEmpty();
    assertThat(facade.status(id)).contains(ReportStatus.ACCEPTED);
  }

  @Test
  void aRolledBackBatchMovesNothingAndTellsNobody() {
    String me = resident();
    long a = accepted(me);
    long b = accepted(me);
    Eventually.until("accepted notices", () -> titles(me).size() >= 2);
    int entriesBefore = entries(a);
    transactions.executeWrite(
        status -> {
          assertThat(
                  facade.moveAll(
                      List.of(a, b), ReportStatus.ACCEPTED, ReportStatus.FORWARDED, ACTOR, null))
              .containsExactly(a, b);
          status.setRollbackOnly();
          return null;
        });
    assertThat(facade.status(a)).contains(ReportStatus.ACCEPTED);
    assertThat(facade.status(b)).contains(ReportStatus.ACCEPTED);
    assertThat(entries(a)).isEqualTo(entriesBefore);
    // A later change is told, so the rolled-back batch's notices would have been there by now.
    assertThat(facade.moveTowards(a, ReportStatus.FORWARDED, ACTOR, null)).isTrue();
    Eventually.until("the later notice", () -> titles(me).size() >= 3);
    assertThat(titles(me)).containsExactly("上报已转交", "上报已受理", "上报已受理");
  }

  @Test
  void overlappingBatchesAtOnceMoveEachReportExactlyOnce() throws Exception {
    String me = resident();
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      ids.add(accepted(me));
    }
    List<Callable<List<Long>>> work = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      List<Long> mine = new ArrayList<>(ids);
      // Different orders of the same ids: the locking read still locks them in id order.
      java.util.Collections.rotate(mine, i);
      work.add(
          () -> facade.moveAll(mine, ReportStatus.ACCEPTED, ReportStatus.FORWARDED, ACTOR, null));
    }
    List<Long> movedByAll = new ArrayList<>();
    Concurrently.run(work, 4).forEach(movedByAll::addAll);
    assertThat(movedByAll).containsExactlyInAnyOrderElementsOf(ids);
    for (long id : ids) {
      assertThat(facade.status(id)).contains(ReportStatus.FORWARDED);
      assertThat(
              events.findByReportIdOrderById(id).stream()
                  .filter(e -> e.status() == ReportStatus.FORWARDED)
                  .count())
          .as("forwarded entries of %d", id)
          .isEqualTo(1);
    }
  }
}
