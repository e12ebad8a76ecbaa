package org.gridlink.points;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.gridlink.common.web.ProblemException;
import org.gridlink.support.Concurrently;
import org.gridlink.support.LedgerInvariants;
import org.gridlink.support.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The ledger: idempotent bookings, conditional spends, FIFO expiry, events after commit. */
abstract class LedgerContract {
  @Inject PointsFacade points;
  @Inject Ledger ledger;
  @Inject Expiry expiry;
  @Inject ExpiryJob job;
  @Inject LedgerInvariants invariants;
  @Inject MutableClock clock;
  @Inject Booked booked;
  @Inject RollingBack rollingBack;

  static String subject() {
    return "test:points:" + UUID.randomUUID();
  }

  @AfterEach
  void invariantsHold() {
    invariants.check();
  }

  @Test
  void theSameBusinessKeyIsBookedOnceAndAnsweredAgain() {
    String s = subject();
    String key = "report:" + UUID.randomUUID();
    PointsEntry first = points.earn(s, 5, key, "r", "test");
    PointsEntry again = points.earn(s, 5, key, "r", "test");
    assertThat(again.id()).isEqualTo(first.id());
    assertThat(points.balance(s)).isEqualTo(5);
    assertThat(first.balanceAfter()).isEqualTo(5);
    assertThat(first.type()).isEqualTo("EARN");
    assertThat(booked.of(s)).hasSize(1);
  }

  @Test
  void aSpendLargerThanTheBalanceIsRefusedAndBooksNothing() {
    String s = subject();
    points.earn(s, 10, "k:" + UUID.randomUUID(), "r", "test");
    assertThatThrownBy(() -> points.spend(s, 11, "k:" + UUID.randomUUID(), "r", "test"))
        .isInstanceOfSatisfying(
            ProblemException.class,
            p -> {
              assertThat(p.slug()).isEqualTo("insufficient-points");
              assertThat(p.status().getCode()).isEqualTo(409);
            });
    assertThat(points.balance(s)).isEqualTo(10);
    PointsEntry spent = points.spend(s, 10, "k:" + UUID.randomUUID(), "r", "test");
    assertThat(spent.points()).isEqualTo(-10);
    assertThat(spent.balanceAfter()).isZero();
    points.refund(s, 4, "k:" + UUID.randomUUID(), "r", "test");
    assertThat(points.balance(s)).isEqualTo(4);
  }

  @Test
  void aRolledBackCallerTransactionTakesTheEntryAndTheEventWithIt() {
    String s = subject();
    assertThatThrownBy(() -> rollingBack.earnThenFail(points, s))
        .isInstanceOf(IllegalStateException.class);
    assertThat(points.balance(s)).isZero();
    assertThat(invariants.scalar("SELECT COUNT(*) FROM points_entry WHERE subject = '" + s + "'"))
        .isZero();
    assertThat(booked.of(s)).isEmpty();
  }

  @Test
  void parallelSpendsNeverOverdrawAndParallelDuplicatesBookOnce() throws Exception {
    String s = subject();
    points.earn(s, 100, "k:" + UUID.randomUUID(), "r", "test");
    String sameKey = "k:" + UUID.randomUUID();
    List<Callable<Boolean>> work =
        IntStream.range(0, 40)
            .<Callable<Boolean>>mapToObj(
                i ->
                    () -> {
                      try {
                        points.spend(
                            s, 10, i < 20 ? "k:" + UUID.randomUUID() : sameKey, "r", "test");
                        return true;
                      } catch (ProblemException e) {
                        return false;
                      }
                    })
            .toList();
    List<Boolean> results = Concurrently.run(work, 16);
    long entries =
        invariants.scalar(
            "SELECT COUNT(*) FROM points_entry WHERE subject = '" + s + "' AND type = 'SPEND'");
    assertThat(entries).isEqualTo(10);
    assertThat(points.balance(s)).isZero();
    assertThat(results).contains(true);
  }

  @Test
  void grantsExpireFirstInFirstOutAndTheJobBooksEachExpiryOnce() throws Exception {
    String s = subject();
    Instant now = clock.instant();
    grant(s, 10, now.plus(Duration.ofMinutes(1)));
    grant(s, 10, now.plus(Duration.ofDays(400)));
    points.spend(s, 6, "k:" + UUID.randomUUID(), "r", "test");
    assertThat(
            ledgerUpcoming(s, now).stream()
                .map(e -> new Expiry.Expiring(trim(e.expiresAt()), e.points())))
        .containsExactly(
            new Expiry.Expiring(trim(now.plus(Duration.ofMinutes(1))), 4),
            new Expiry.Expiring(trim(now.plus(Duration.ofDays(400))), 10));
    clock.advance(Duration.ofMinutes(2));
    ExecutorService pool = Executors.newFixedThreadPool(2);
    Future<Integer> a = pool.submit(job::run);
    Future<Integer> b = pool.submit(job::run);
    int booked = a.get(60, TimeUnit.SECONDS) + b.get(60, TimeUnit.SECONDS);
    pool.shutdown();
    assertThat(booked).isGreaterThanOrEqualTo(1);
    assertThat(
            invariants.scalar(
                "SELECT COUNT(*) FROM points_entry WHERE subject = '"
                    + s
                    + "' AND type = 'EXPIRE'"))
        .isEqualTo(1);
    assertThat(points.balance(s)).isEqualTo(10);
    assertThat(job.run()).isZero();
  }

  @Test
  void anExpiryRacingSpendsNeverSpendsExpiredPointsOrExpiresSpentOnes() throws Exception {
    String s = subject();
    Instant now = clock.instant();
    grant(s, 50, now.plus(Duration.ofSeconds(30)));
    grant(s, 50, now.plus(Duration.ofDays(400)));
    clock.advance(Duration.ofMinutes(1));
    List<Callable<Boolean>> work =
        IntStream.range(0, 12)
            .<Callable<Boolean>>mapToObj(
                i ->
                    () -> {
                      if (i % 4 == 0) {
                        job.run();
                        return true;
                      }
                      try {
                        points.spend(s, 10, "k:" + UUID.randomUUID(), "r", "test");
                        return true;
                      } catch (ProblemException e) {
                        return false;
                      }
                    })
            .toList();
    Concurrently.run(work, 16);
    // The first 50 expired before any spend could use them; the other 50 pay for 5 spends.
    assertThat(
            invariants.scalar(
                "SELECT SUM(points) FROM points_entry WHERE subject = '"
                    + s
                    + "' AND type = 'EXPIRE'"))
        .isEqualTo(-50);
    assertThat(points.balance(s)).isZero();
  }

  @Test
  void aRefundOfPointsWhoseGrantLapsedMeanwhileExpiresAtOnce() {
    String s = subject();
    Instant now = clock.instant();
    grant(s, 10, now.plus(Duration.ofMinutes(1)));
    grant(s, 10, now.plus(Duration.ofDays(400)));
    String spend = "k:" + UUID.randomUUID();
    points.spend(s, 6, spend, "r", "test"); // out of the grant that expires first
    clock.advance(Duration.ofMinutes(2));
    clock.freeze(); // the job's expiry and the refund's in the same millisecond
    try {
      job.run(); // the 4 left of that grant expire
      assertThat(points.balance(s)).isEqualTo(10);

      points.refund(s, 6, "refund:" + spend, "r", "test");
    } finally {
      clock.unfreeze();
    }

    // The 6 belonged to the lapsed grant: they come back and expire in the same transaction.
    assertThat(points.balance(s)).isEqualTo(10);
    assertThat(
            invariants.scalar(
                "SELECT SUM(points) FROM points_entry WHERE subject = '"
                    + s
                    + "' AND type = 'EXPIRE'"))
        .isEqualTo(-10);
    points.spend(s, 10, "k:" + UUID.randomUUID(), "r", "test");
    assertThat(points.balance(s)).isZero();
    assertThat(
            invariants.scalar(
                "SELECT SUM(points) FROM points_entry WHERE subject = '"
                    + s
                    + "' AND type = 'EXPIRE'"))
        .as("the later grant is spent, not expired")
        .isEqualTo(-10);
  }

  @Test
  void theDefaultExpiryIsTheEndOfNextYearInChinaTime() {
    PointsProperties p = new PointsProperties();
    assertThat(p.expiryOf(Instant.parse("2026-03-01T00:00:00Z")))
        .isEqualTo(Instant.parse("2027-12-31T16:00:00Z"));
    assertThat(p.expiryOf(Instant.parse("2026-12-31T17:00:00Z")))
        .as("already 2027 in China")
        .isEqualTo(Instant.parse("2028-12-31T16:00:00Z"));
  }

  private List<Expiry.Expiring> ledgerUpcoming(String s, Instant now) {
    return rollingBack.upcoming(expiry, s, now);
  }

  private static Instant trim(Instant i) {
    // MySQL Connector/J sends whole seconds to MariaDB (it reads MariaDB 10 as MySQL 5.5).
    return i.truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
  }

  private void grant(String s, long pts, Instant expiresAt) {
    rollingBack.grant(
        ledger,
        new Ledger.Booking(
            s, EntryType.EARN, pts, "k:" + UUID.randomUUID(), "r", "test", expiresAt));
  }

  /** Records every PointsBooked event. */
  @Singleton
  static class Booked implements ApplicationEventListener<PointsBooked> {
    final Queue<PointsBooked> events = new ConcurrentLinkedQueue<>();

    @Override
    public void onApplicationEvent(PointsBooked event) {
      events.add(event);
    }

    List<PointsBooked> of(String subject) {
      return events.stream().filter(e -> e.subject().equals(subject)).toList();
    }
  }

  /** Transactions opened by a test the way a calling feature would. */
  @Singleton
  static class RollingBack {
    @Transactional
    void earnThenFail(PointsFacade points, String s) {
      points.earn(s, 7, "k:" + UUID.randomUUID(), "r", "test");
      throw new IllegalStateException("the caller fails after booking");
    }

    @Transactional
    PointsEntry grant(Ledger ledger, Ledger.Booking b) {
      return ledger.book(b);
    }

    @Transactional
    List<Expiry.Expiring> upcoming(Expiry expiry, String s, Instant now) {
      try {
        return expiry.upcoming(s, now);
      } catch (java.sql.SQLException e) {
        throw new IllegalStateException(e);
      }
    }
  }
}
