package org.gridlink.rewards;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
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
 * Redemptions through the API: the flow, and the races of anchors.md (oversell, double spend,
 * double click, cancel against pickup, expiry against redemption, limits) with the invariants
 * checked on the database after each test.
 */
abstract class RedemptionsContract {
  @Inject Api api;
  @Inject TestAccounts accounts;
  @Inject PointsFacade points;
  @Inject LedgerInvariants invariants;
  @Inject MutableClock clock;
  @Inject RedemptionExpiryJob expiryJob;
  @Inject EmbeddedServer server;

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
  void aVolunteerRedeemsAndStaffVerifyThePickupOnce() {
    var v = f.volunteer(100);
    long item = f.create(f.item(30, 5));
    var catalog = api.get("/api/v1/rewards").bearer(v.token()).send();
    assertThat(catalog.body()).contains("\"id\":" + item);
    var r = f.redeem(v, item);
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    assertThat(r.text("status")).isEqualTo("PENDING");
    assertThat(r.text("shortCode")).matches("\\d{8}");
    assertThat(r.text("qrToken")).startsWith("GLR-").hasSizeGreaterThan(30);
    assertThat(points.balance(v.subject())).isEqualTo(70);
    var qr = api.get("/api/v1/redemptions/" + r.text("ref") + "/qr").bearer(v.token()).send();
    assertThat(qr.status()).isEqualTo(200);
    assertThat(qr.header("Content-Type")).startsWith("image/png");
    var other = f.volunteer(0);
    assertThat(
            api.get("/api/v1/redemptions/" + r.text("ref") + "/qr")
                .bearer(other.token())
                .send()
                .status())
        .isEqualTo(404);
    var verified = f.verify(r.text("shortCode"));
    assertThat(verified.status()).as(verified.body()).isEqualTo(200);
    assertThat(verified.text("status")).isEqualTo("PICKED_UP");
    assertThat(verified.body()).doesNotContain(r.text("qrToken"));
    var again = f.verify(r.text("qrToken"));
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.body()).contains("redemption-closed");
    assertThat(f.cancel(v, r.text("ref")).status()).isEqualTo(409);
    assertThat(f.verify("00000000x").status()).isEqualTo(404);
    var told = api.get("/api/v1/notifications").bearer(v.token()).send();
    assertThat(told.status()).as(told.body()).isEqualTo(200);
    assertThat(told.field("unread")).as(told.body()).isEqualTo(1);
    assertThat(told.body()).contains("\"page\":\"/points\"").contains("保温杯");
    var statement = api.get("/api/v1/me/points").bearer(v.token()).send();
    assertThat(statement.status()).isEqualTo(200);
    assertThat(statement.body()).contains("\"balance\":70").contains("兑换").contains("expiring");
  }

  @Test
  void aCancelGivesPointsAndStockBackOnce() {
    var v = f.volunteer(50);
    long item = f.create(f.item(20, 1));
    var r = f.redeem(v, item);
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    assertThat(f.redeem(f.volunteer(50), item).body()).contains("sold-out");
    var c = f.cancel(v, r.text("ref"));
    assertThat(c.status()).as(c.body()).isEqualTo(200);
    assertThat(c.text("status")).isEqualTo("CANCELLED");
    assertThat(f.cancel(v, r.text("ref")).status()).isEqualTo(409);
    assertThat(points.balance(v.subject())).isEqualTo(50);
    assertThat(f.verify(r.text("shortCode")).status()).isEqualTo(409);
    assertThat(f.redeem(f.volunteer(50), item).status()).isEqualTo(201);
    // The volunteer cancelled it themselves: nothing to tell them.
    var told = api.get("/api/v1/notifications").bearer(v.token()).send();
    assertThat(told.field("unread")).as(told.body()).isEqualTo(0);
  }

  @Test
  void aSoldOutItemIsRedeemableAgainAsSoonAsStaffRestockIt() {
    long item = f.create(f.item(20, 1));
    assertThat(f.redeem(f.volunteer(50), item).status()).isEqualTo(201);
    // Twice: the second refusal comes from the instance's memory of the sold-out item.
    assertThat(f.redeem(f.volunteer(50), item).body()).contains("sold-out");
    assertThat(f.redeem(f.volunteer(50), item).body()).contains("sold-out");
    var restock =
        api.post("/api/v1/admin/rewards/" + item + "/stock", Map.of("delta", 1))
            .bearer(f.staff)
            .send();
    assertThat(restock.status()).as(restock.body()).isEqualTo(200);
    var after = f.redeem(f.volunteer(50), item);
    assertThat(after.status()).as(after.body()).isEqualTo(201);
  }

  @Test
  void aRetryAfterTheLastUnitWentStillAnswersTheFirstRedemption() {
    var v = f.volunteer(50);
    long item = f.create(f.item(20, 1));
    String key = UUID.randomUUID().toString();
    var first = f.redeem(v, item, key);
    assertThat(first.status()).as(first.body()).isEqualTo(201);
    var late = f.redeem(f.volunteer(50), item);
    assertThat(late.status()).isEqualTo(409);
    assertThat(late.body()).contains("sold-out");
    var retry = f.redeem(v, item, key);
    assertThat(retry.status()).as(retry.body()).isEqualTo(201);
    assertThat(retry.text("ref")).isEqualTo(first.text("ref"));
    assertThat(points.balance(v.subject())).isEqualTo(30);
    assertThat(stock(item)).isZero();
  }

  @Test
  void fiveHundredParallelRedemptionsOfFiftyUnitsByAHundredVolunteersNeverOversell()
      throws Exception {
    long price = 10;
    long item = f.create(f.item(price, 50));
    Random random = new Random(7);
    List<RewardsFixtures.Volunteer> volunteers = new ArrayList<>();
    long affordable = 0;
    for (int i = 0; i < 100; i++) {
      long balance = random.nextInt(4) * price + random.nextInt((int) price);
      affordable += balance / price;
      volunteers.add(f.volunteer(balance));
    }
    List<Callable<Integer>> work = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      var v = volunteers.get(i % 100);
      work.add(() -> f.redeem(v, item).status());
    }
    List<Integer> statuses = Concurrently.run(work, 32);
    long ok = statuses.stream().filter(s -> s == 201).count();
    assertThat(statuses).allMatch(s -> s == 201 || s == 409);
    assertThat(ok).isEqualTo(Math.min(50, affordable));
    assertThat(stock(item)).isEqualTo(50 - ok);
    for (var v : volunteers) {
      assertThat(points.balance(v.subject())).isNotNegative();
    }
  }

  @Test
  void doubleClicksAndRetriesWithOneKeyRedeemOnce() throws Exception {
    var v = f.volunteer(100);
    long item = f.create(f.item(10, 20));
    String key = UUID.randomUUID().toString();
    List<Callable<Api.Response>> work = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      work.add(() -> f.redeem(v, item, key));
    }
    List<Api.Response> answers = Concurrently.run(work, 20);
    var first = f.redeem(v, item, key);
    assertThat(first.status()).isEqualTo(201);
    for (var a : answers) {
      assertThat(a.status()).as(a.body()).isIn(201, 409);
      if (a.status() == 201) {
        assertThat(a.text("ref")).isEqualTo(first.text("ref"));
      } else {
        assertThat(a.body()).contains("idempotency-in-progress");
      }
    }
    assertThat(points.balance(v.subject())).isEqualTo(90);
    assertThat(stock(item)).isEqualTo(19);
  }

  @Test
  void cancelRacingPickupVerificationHasExactlyOneWinner() throws Exception {
    long item = f.create(f.item(10, 30));
    List<RewardsFixtures.Volunteer> vs = new ArrayList<>();
    List<Api.Response> reds = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      var v = f.volunteer(10);
      vs.add(v);
      reds.add(f.redeem(v, item));
    }
    List<Callable<Integer>> work = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      var v = vs.get(i);
      var r = reds.get(i);
      work.add(() -> f.cancel(v, r.text("ref")).status() == 200 ? 1 : 0);
      work.add(() -> f.verify(r.text("shortCode")).status() == 200 ? 2 : 0);
    }
    List<Integer> results = Concurrently.run(work, 32);
    for (int i = 0; i < 30; i++) {
      int cancel = results.get(2 * i);
      int pick = results.get(2 * i + 1);
      assertThat(cancel + pick).as("exactly one of cancel and pickup wins").isIn(1, 2);
      assertThat(points.balance(vs.get(i).subject())).isEqualTo(cancel == 1 ? 10 : 0);
    }
  }

  @Test
  void unclaimedRedemptionsExpireOnceWhileStaffTryToVerifyThem() throws Exception {
    long item = f.create(f.item(10, 20));
    List<RewardsFixtures.Volunteer> vs = new ArrayList<>();
    List<Api.Response> reds = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      var v = f.volunteer(10);
      vs.add(v);
      reds.add(f.redeem(v, item));
    }
    clock.advance(Duration.ofDays(8));
    List<Callable<Integer>> work = new ArrayList<>();
    work.add(expiryJob::run);
    work.add(expiryJob::run);
    for (var r : reds) {
      work.add(() -> f.verify(r.text("shortCode")).status());
    }
    List<Integer> results = Concurrently.run(work, 22);
    assertThat(results.subList(2, 22)).allMatch(s -> s == 409);
    expiryJob.run();
    for (int i = 0; i < 20; i++) {
      assertThat(points.balance(vs.get(i).subject())).isEqualTo(10);
      var mine = api.get("/api/v1/redemptions/mine").bearer(vs.get(i).token()).send();
      assertThat(mine.body()).contains("EXPIRED");
      var told = api.get("/api/v1/notifications").bearer(vs.get(i).token()).send();
      assertThat(told.field("unread")).as("one expiry notice, " + told.body()).isEqualTo(1);
      assertThat(told.body()).contains("\"page\":\"/points\"");
    }
    assertThat(stock(item)).isEqualTo(20);
  }

  @Test
  void pointsExpiryRacingRedemptionsNeverSpendsExpiredPoints() throws Exception {
    var v = f.volunteer(30);
    clock.advance(Duration.ofDays(3 * 366));
    points.earn(v.subject(), 30, "test-grant:" + UUID.randomUUID(), "test", "test");
    long item = f.create(f.item(10, 100));
    List<Callable<Integer>> work = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      work.add(() -> f.redeem(v, item).status());
    }
    work.add(points::expireDue);
    work.add(points::expireDue);
    List<Integer> results = Concurrently.run(work, 8);
    assertThat(results.subList(0, 6).stream().filter(s -> s == 201).count()).isEqualTo(3);
    assertThat(points.balance(v.subject())).isZero();
    assertThat(
            invariants.scalar(
                "SELECT SUM(points) FROM points_entry WHERE type = 'EXPIRE' AND subject = '"
                    + v.subject()
                    + "'"))
        .isEqualTo(-30);
  }

  @Test
  void perPersonLimitsHoldUnderParallelRequests() throws Exception {
    var v = f.volunteer(1000);
    Map<String, Object> body = f.item(10, 100);
    body.put("limitDay", 2);
    body.put("limitTotal", 3);
    long item = f.create(body);
    List<Callable<Api.Response>> work = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      work.add(() -> f.redeem(v, item));
    }
    List<Api.Response> answers = Concurrently.run(work, 20);
    assertThat(answers.stream().filter(a -> a.status() == 201).count()).isEqualTo(2);
    assertThat(answers.stream().filter(a -> a.status() == 409))
        .allMatch(a -> a.body().contains("limit-reached"));
    assertThat(points.balance(v.subject())).isEqualTo(980);
    assertThat(stock(item)).isEqualTo(98);
  }

  long stock(long item) {
    return invariants.scalar("SELECT stock FROM reward_item WHERE id = " + item);
  }
}
