package org.gridlink.rewards;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.gridlink.points.PointsFacade;
import org.gridlink.support.Api;
import org.gridlink.support.Concurrently;
import org.gridlink.support.LedgerInvariants;
import org.gridlink.support.MutableClock;
import org.gridlink.support.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The reminder before a pickup code expires: once per pending redemption, from {@code
 * remind-before} (24 h) before {@code valid_until}, never for one closed first, exactly once when
 * job runs race. Notices are read as the volunteer reads them (GET /api/v1/notifications). The
 * clock moves forward only, so every test counts from its own redemptions.
 */
abstract class PickupRemindersContract {
  static final String TITLE = "请及时领取奖品";

  @Inject Api api;
  @Inject TestAccounts accounts;
  @Inject PointsFacade points;
  @Inject LedgerInvariants invariants;
  @Inject MutableClock clock;
  @Inject PickupReminderJob reminders;
  @Inject RedemptionExpiryJob expiryJob;

  RewardsFixtures f;

  @BeforeEach
  void setUp() {
    if (f == null) {
      f = new RewardsFixtures(api, accounts, points);
    }
  }

  @AfterEach
  void invariantsHold() {
    invariants.check();
  }

  @Test
  void aPendingRedemptionIsRemindedOnceADayBeforeItsCodeExpires() {
    var v = f.volunteer(50);
    Map<String, Object> body = f.item(20, 5);
    body.put("pickupPlace", "梧桐社区服务中心二楼");
    long item = f.create(body);
    var r = f.redeem(v, item);
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    Instant validUntil = Instant.parse(r.text("validUntil"));

    reminders.run();
    assertThat(reminderBodies(v)).isEmpty();
    clock.advance(Duration.ofDays(6).minusHours(1));
    reminders.run();
    assertThat(reminderBodies(v)).as("25 hours before the deadline").isEmpty();

    clock.advance(Duration.ofHours(2));
    reminders.run();
    String deadline =
        DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .format(validUntil.atZone(ZoneId.of("Asia/Shanghai")));
    assertThat(reminderBodies(v))
        .singleElement()
        .asString()
        .contains((String) body.get("name"))
        .contains("梧桐社区服务中心二楼")
        .contains(deadline + " 前");
    var english = api.get("/api/v1/notifications").bearer(v.token()).english().send();
    assertThat(english.body())
        .contains("Please pick up your reward")
        .contains("by " + deadline)
        .contains("\"kind\":\"REDEMPTION\"")
        .contains("\"refId\":\"" + r.text("ref") + "\"")
        .contains("\"page\":\"/points\"");

    clock.advance(Duration.ofHours(12));
    reminders.run();
    assertThat(reminderBodies(v)).as("reminded once only").hasSize(1);
    // The reminder does not close anything: the code still works.
    assertThat(f.verify(r.text("shortCode")).status()).isEqualTo(200);
  }

  @Test
  void redemptionsCancelledPickedUpOrExpiredBeforeTheirReminderGetNone() {
    long item = f.create(f.item(10, 10));
    var cancelled = f.volunteer(10);
    var pickedUp = f.volunteer(10);
    var expired = f.volunteer(10);
    var cancel = f.redeem(cancelled, item);
    var pick = f.redeem(pickedUp, item);
    assertThat(f.redeem(expired, item).status()).isEqualTo(201);
    assertThat(f.cancel(cancelled, cancel.text("ref")).status()).isEqualTo(200);
    assertThat(f.verify(pick.text("shortCode")).status()).isEqualTo(200);

    clock.advance(Duration.ofDays(6).plusHours(12));
    reminders.run();
    assertThat(reminderBodies(cancelled)).isEmpty();
    assertThat(reminderBodies(pickedUp)).isEmpty();
    assertThat(notices(pickedUp)).as("only the pickup notice").hasSize(1);
    assertThat(reminderBodies(expired)).as("still pending: reminded").hasSize(1);

    // A code that ran out while no reminder job ran is not reminded late, expired or not yet.
    var late = f.volunteer(10);
    var lateOne = f.redeem(late, item);
    assertThat(lateOne.status()).isEqualTo(201);
    clock.advance(Duration.ofDays(7).plusMinutes(1));
    reminders.run();
    assertThat(reminderBodies(late)).isEmpty();
    expiryJob.run();
    reminders.run();
    assertThat(reminderBodies(late)).isEmpty();
    assertThat(notices(late)).as("only the expiry notice").hasSize(1);
  }

  @Test
  void aPickupWindowNoLongerThanTheLeadTimeIsNotRemindedOfWhatTheVolunteerJustSaw() {
    var oneDay = f.volunteer(10);
    var twoDays = f.volunteer(10);
    Map<String, Object> body = f.item(10, 5);
    body.put("pickupDays", 1);
    long short1 = f.create(body);
    body.put("pickupDays", 2);
    body.put("name", "雨伞 " + System.nanoTime());
    long short2 = f.create(body);
    assertThat(f.redeem(oneDay, short1).status()).isEqualTo(201);
    assertThat(f.redeem(twoDays, short2).status()).isEqualTo(201);

    reminders.run();
    clock.advance(Duration.ofHours(12));
    reminders.run();
    assertThat(reminderBodies(oneDay)).isEmpty();
    assertThat(reminderBodies(twoDays)).isEmpty();
    clock.advance(Duration.ofHours(13));
    reminders.run();
    assertThat(reminderBodies(oneDay)).isEmpty();
    assertThat(reminderBodies(twoDays)).hasSize(1);
  }

  @Test
  void jobRunsInParallelRemindEachVolunteerExactlyOnceWhileOthersCancel() throws Exception {
    long item = f.create(f.item(10, 30));
    List<RewardsFixtures.Volunteer> vs = new ArrayList<>();
    List<String> refs = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      var v = f.volunteer(10);
      var r = f.redeem(v, item);
      assertThat(r.status()).as(r.body()).isEqualTo(201);
      vs.add(v);
      refs.add(r.text("ref"));
    }
    clock.advance(Duration.ofDays(6).plusHours(6));
    List<Callable<Integer>> work = new ArrayList<>();
    work.add(reminders::run);
    work.add(reminders::run);
    work.add(reminders::run);
    for (int i = 20; i < 30; i++) {
      var v = vs.get(i);
      var ref = refs.get(i);
      work.add(() -> f.cancel(v, ref).status());
    }
    List<Integer> results = Concurrently.run(work, work.size());
    assertThat(results.subList(3, results.size())).allMatch(s -> s == 200);
    reminders.run();
    for (int i = 0; i < 20; i++) {
      assertThat(reminderBodies(vs.get(i))).as("volunteer " + i).hasSize(1);
    }
    for (int i = 20; i < 30; i++) {
      // Cancelled while the jobs ran: reminded if the reminder came first, never twice.
      assertThat(reminderBodies(vs.get(i)).size()).as("volunteer " + i).isLessThanOrEqualTo(1);
    }
    assertThat(
            invariants.scalar(
                "SELECT COUNT(*) FROM reward_redemption WHERE item_id = "
                    + item
                    + " AND status = 'PENDING' AND reminded_at IS NULL"))
        .isZero();
  }

  /** The bodies of the volunteer's pickup reminders. */
  List<String> reminderBodies(RewardsFixtures.Volunteer v) {
    return notices(v).stream()
        .filter(n -> TITLE.equals(n.get("title")))
        .map(n -> (String) n.get("body"))
        .toList();
  }

  @SuppressWarnings("unchecked")
  List<Map<String, Object>> notices(RewardsFixtures.Volunteer v) {
    var r = api.get("/api/v1/notifications?size=50").bearer(v.token()).send();
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return (List<Map<String, Object>>) r.field("items");
  }
}
