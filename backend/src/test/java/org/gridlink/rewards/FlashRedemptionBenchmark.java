package org.gridlink.rewards;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.gridlink.points.PointsFacade;
import org.gridlink.support.Api;
import org.gridlink.support.Concurrently;
import org.gridlink.support.LedgerInvariants;
import org.gridlink.support.MariaDbTest;
import org.gridlink.support.TestAccounts;
import org.junit.jupiter.api.Test;

/**
 * Flash redemption on MariaDB (not part of the suite; run with -Dtest=FlashRedemptionBenchmark):
 * 5,000 POST /api/v1/redemptions with Idempotency-Keys from 200 client threads (200 volunteers, one
 * per connection, each able to afford 10) for one item with stock 500. Baseline in the same run and
 * JVM: 5,000 of the bare conditional stock UPDATE from 200 threads over the same pool.
 */
@MariaDbTest
@Property(name = "datasources.default.maximum-pool-size", value = "32")
class FlashRedemptionBenchmark {
  static final int REQUESTS = 5_000;
  static final int CLIENTS = 200;
  static final int STOCK = 500;

  @Inject Api api;
  @Inject TestAccounts accounts;
  @Inject PointsFacade points;
  @Inject LedgerInvariants invariants;
  @Inject TransactionOperations<Connection> tx;
  @Inject EmbeddedServer server;

  @Test
  void flashRedemption() throws Exception {
    var f = new RewardsFixtures(api, accounts, points);
    List<RewardsFixtures.Volunteer> volunteers = new ArrayList<>();
    for (int i = 0; i < CLIENTS; i++) {
      volunteers.add(f.volunteer(1_000));
    }
    // Warm-up: the same path, its own item.
    redeemAll(f, volunteers, f.create(f.item(100, 50)), 1_000);
    rawLoop(f.create(f.item(100, 50)), 1_000);

    long rawItem = f.create(f.item(100, STOCK));
    long[] raw = rawLoop(rawItem, REQUESTS);
    long item = f.create(f.item(100, STOCK));
    long[] flash = redeemAll(f, volunteers, item, REQUESTS);

    long pingNs = pingAll(REQUESTS);
    System.out.printf(
        Locale.ROOT,
        "FLASH-HARNESS GET /api/v1/ping through the same client: %d requests, %.0f ms, %.0f/s%n",
        REQUESTS,
        pingNs / 1e6,
        REQUESTS * 1e9 / pingNs);
    long rawOk = raw[0];
    long ok = flash[0];
    double rawRate = REQUESTS * 1e9 / raw[1];
    double rate = REQUESTS * 1e9 / flash[1];
    String report =
        String.format(
            Locale.ROOT,
            "raw conditional UPDATE: %d requests, %d succeeded, %.0f ms, %.0f/s%n"
                + "flash redemption over HTTP: %d requests, %d succeeded (201), %d sold out (409),"
                + " %.0f ms, %.0f/s = %.1f %% of raw%n"
                + "redemption latency ms: p50 %.1f, p90 %.1f, p99 %.1f, max %.1f%n"
                + "raw UPDATE latency ms: p50 %.1f, p99 %.1f%n",
            REQUESTS,
            rawOk,
            raw[1] / 1e6,
            rawRate,
            REQUESTS,
            ok,
            flash[2],
            flash[1] / 1e6,
            rate,
            100 * rate / rawRate,
            flash[3] / 1e6,
            flash[4] / 1e6,
            flash[5] / 1e6,
            flash[6] / 1e6,
            raw[3] / 1e6,
            raw[5] / 1e6);
    System.out.println("FLASH-BENCHMARK\n" + report);
    invariants.check();
    assertThat(ok).isEqualTo(STOCK);
    assertThat(rawOk).isEqualTo(STOCK);
    assertThat(invariants.scalar("SELECT stock FROM reward_item WHERE id = " + item)).isZero();
  }

  /** The harness's own cost: the cheapest request the server answers, through the same client. */
  private long pingAll(int requests) throws Exception {
    AtomicInteger next = new AtomicInteger();
    List<Callable<Void>> clients = new ArrayList<>();
    for (int c = 0; c < CLIENTS; c++) {
      clients.add(
          () -> {
            for (int i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
              HttpRequest request =
                  HttpRequest.newBuilder(URI.create(server.getURL() + "/api/v1/ping"))
                      .timeout(Duration.ofMinutes(5))
                      .build();
              int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
              assertThat(status).isEqualTo(200);
            }
            return null;
          });
    }
    long start = System.nanoTime();
    Concurrently.run(clients, CLIENTS);
    return System.nanoTime() - start;
  }

  /** {succeeded, elapsed ns, refused, p50, p90, p99, max} */
  private long[] redeemAll(
      RewardsFixtures f, List<RewardsFixtures.Volunteer> volunteers, long item, int requests)
      throws Exception {
    long[] latencies = new long[requests];
    AtomicInteger next = new AtomicInteger();
    AtomicInteger ok = new AtomicInteger();
    AtomicInteger refused = new AtomicInteger();
    List<Callable<Void>> clients = new ArrayList<>();
    for (int c = 0; c < CLIENTS; c++) {
      var v = volunteers.get(c);
      clients.add(
          () -> {
            for (int i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
              long t0 = System.nanoTime();
              int status = post(v, item);
              latencies[i] = System.nanoTime() - t0;
              if (status == 201) {
                ok.incrementAndGet();
                lastUnit.accumulateAndGet(System.nanoTime(), Math::max);
              } else if (status == 409) {
                refused.incrementAndGet();
              } else {
                throw new AssertionError("status " + status);
              }
            }
            return null;
          });
    }
    lastUnit.set(0);
    long start = System.nanoTime();
    Concurrently.run(clients, CLIENTS);
    long elapsed = System.nanoTime() - start;
    // Two phases: until the last unit is taken (the redemptions), then only refusals.
    System.out.printf(
        Locale.ROOT,
        "FLASH-PHASES started %s, last unit taken after %.0f ms of %.0f ms%n",
        LocalTime.now().minusNanos(elapsed),
        (lastUnit.get() - start) / 1e6,
        elapsed / 1e6);
    return summary(ok.get(), elapsed, refused.get(), latencies);
  }

  private final AtomicLong lastUnit = new AtomicLong();

  /** Own client: the shared test client gives up after 30 s, too soon on a loaded machine. */
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(30))
          .build();

  private int post(RewardsFixtures.Volunteer v, long item) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(server.getURL() + "/api/v1/redemptions"))
            .timeout(Duration.ofMinutes(5))
            .header("Content-Type", "application/json")
            .header("Authorization", "Bearer " + v.token())
            .header("Idempotency-Key", UUID.randomUUID().toString())
            .POST(HttpRequest.BodyPublishers.ofString("{\"itemId\":" + item + "}"))
            .build();
    return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  private long[] rawLoop(long item, int requests) throws Exception {
    long[] latencies = new long[requests];
    AtomicInteger next = new AtomicInteger();
    AtomicInteger ok = new AtomicInteger();
    List<Callable<Void>> clients = new ArrayList<>();
    for (int c = 0; c < CLIENTS; c++) {
      clients.add(
          () -> {
            for (int i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
              long t0 = System.nanoTime();
              ok.addAndGet(tx.executeWrite(s -> takeOne(s.getConnection(), item)));
              latencies[i] = System.nanoTime() - t0;
            }
            return null;
          });
    }
    long start = System.nanoTime();
    Concurrently.run(clients, CLIENTS);
    long elapsed = System.nanoTime() - start;
    // The baseline took units without redemptions: book them as written off, as staff would.
    invariants.update(
        "UPDATE reward_item SET stock_total = stock, active = FALSE WHERE id = " + item);
    return summary(ok.get(), elapsed, 0, latencies);
  }

  private static int takeOne(Connection c, long item) {
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE reward_item SET stock = stock - 1 WHERE id = ? AND stock >= 1")) {
      ps.setLong(1, item);
      return ps.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static long[] summary(long ok, long elapsed, long refused, long[] latencies) {
    long[] sorted = latencies.clone();
    Arrays.sort(sorted);
    return new long[] {
      ok,
      elapsed,
      refused,
      sorted[sorted.length / 2],
      sorted[(int) (sorted.length * 0.9)],
      sorted[(int) (sorted.length * 0.99)],
      sorted[sorted.length - 1]
    };
  }
}
