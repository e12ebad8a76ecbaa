package org.gridlink.reports;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.gridlink.support.Api;
import org.gridlink.support.Eventually;
import org.gridlink.support.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every report change a resident should know about reaches them as a notification, from staff
 * screening and from governance moves through the facade alike; after commit only.
 */
abstract class ReportNotificationsContract {
  @Inject Api api;
  @Inject TestAccounts accounts;
  @Inject ReportsFacade facade;
  @Inject TransactionOperations<Connection> transactions;

  ReportFixtures city;
  String staff;

  @BeforeEach
  void city() {
    city = new ReportFixtures();
    staff = accounts.dev("STAFF", "notices");
    city.importGrids(api, staff);
  }

  String resident() {
    return accounts.dev("RESIDENT", "n" + UUID.randomUUID().toString().substring(0, 8));
  }

  long report(String token) {
    String photo = ReportFixtures.upload(api, token, ReportFixtures.plainPng());
    var r =
        ReportFixtures.submit(
            api,
            token,
            city.body("FACILITY_MANHOLE", city.lat(), city.lng(), List.of(photo), false));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return ((Number) r.field("id")).longValue();
  }

  List<Map<String, Object>> notices(String token, boolean english) {
    var call = api.get("/api/v1/notifications?size=50").bearer(token);
    var r = (english ? call.english() : call).send();
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> items = (List<Map<String, Object>>) r.field("items");
    return items == null ? List.of() : items; // empty lists are left out of the JSON
  }

  List<String> titles(String token) {
    return notices(token, false).stream().map(n -> n.get("title").toString()).toList();
  }

  void awaitTitles(String token, int count) {
    Eventually.until(count + " notices", () -> titles(token).size() >= count);
  }

  @Test
  void acceptingTellsTheReporterPolitelyWithALinkToTheReport() {
    String me = resident();
    long id = report(me);
    assertThat(titles(me)).as("submitting is not echoed back").isEmpty();
    var ok = api.post("/api/v1/admin/reports/" + id + "/accept", Map.of()).bearer(staff).send();
    assertThat(ok.status()).as(ok.body()).isEqualTo(200);
    awaitTitles(me, 1);
    Map<String, Object> n = notices(me, false).get(0);
    assertThat(n.get("title")).isEqualTo("上报已受理");
    assertThat(n.get("kind")).isEqualTo("REPORT_STATUS");
    assertThat(n.get("page")).isEqualTo("/reports/" + id);
    assertThat(n.get("refId")).isEqualTo(Long.toString(id));
    assertThat(notices(me, true).get(0).get("title")).isEqualTo("Report accepted");
  }

  @Test
  void aRejectionCarriesItsReason() {
    String me = resident();
    long id = report(me);
    var r =
        api.post("/api/v1/admin/reports/" + id + "/reject", Map.of("reason", "照片中看不到问题"))
            .bearer(staff)
            .send();
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    awaitTitles(me, 1);
    assertThat(notices(me, false).get(0).get("body").toString()).contains("照片中看不到问题");
  }

  @Test
  void governanceMovesAndNotesReachTheReporterAndProgressReachesFollowers() {
    String me = resident();
    String neighbour = resident();
    long id = report(me);
    api.post("/api/v1/reports/" + id + "/follow", Map.of()).bearer(neighbour).send();
    api.post("/api/v1/admin/reports/" + id + "/accept", Map.of()).bearer(staff).send();
    assertThat(facade.moveTowards(id, ReportStatus.IN_PROGRESS, "governance", "已派单")).isTrue();
    assertThat(facade.note(id, "governance", "工作人员明天上午到场")).isTrue();
    awaitTitles(me, 4);
    assertThat(titles(me)).containsExactly("上报有新进展", "上报处理中", "上报已转交", "上报已受理");
    assertThat(notices(me, false).get(0).get("body").toString()).contains("工作人员明天上午到场");
    awaitTitles(neighbour, 2);
    assertThat(titles(neighbour)).containsExactly("关注的上报处理中", "关注的上报已转交");
    assertThat(notices(neighbour, false).get(0).get("page").toString()).startsWith("/track?code=");
  }

  @Test
  void theReportersOwnWithdrawalAndARolledBackMoveTellNobody() {
    String me = resident();
    long first = report(me);
    long second = report(me);
    transactions.executeWrite(
        status -> {
          facade.moveTowards(second, ReportStatus.ACCEPTED, "governance", null);
          status.setRollbackOnly();
          return null;
        });
    assertThat(facade.status(second)).contains(ReportStatus.SUBMITTED);
    api.post("/api/v1/reports/" + first + "/withdraw", Map.of()).bearer(me).send();
    // A later change is delivered, so the earlier ones had their chance.
    api.post("/api/v1/admin/reports/" + second + "/accept", Map.of()).bearer(staff).send();
    awaitTitles(me, 1);
    assertThat(titles(me)).containsExactly("上报已受理");
  }
}
