package org.gridlink.rewards;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.gridlink.points.PointsFacade;
import org.gridlink.support.Api;
import org.gridlink.support.Concurrently;
import org.gridlink.support.LedgerInvariants;
import org.gridlink.support.MariaDbTest;
import org.gridlink.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Flash redemption on MariaDB (not part of the suite; run with -Dtest=FlashRedemptionBenchmark;
 * needs wrk: apt-get install -y wrk): 5,000 POST /api/v1/redemptions with fresh Idempotency-Keys
 * over 200 connections (wrk, 2 threads, script bench/flash.lua; the 200 volunteers' tokens taken in
 * turn, each able to afford 30) for one item with stock 500. Baseline in the same run and JVM:
 * 5,000 of the bare conditional stock UPDATE from 200 threads over the same pool. Both are warmed
 * up first with {@value #WARM_UP_ROUNDS} rounds of the same shape, in turn, so the measured round
 * compares compiled code with compiled code (after one short warm-up the JIT compilers still took a
 * fifth of the CPU during the measured flash round). The clients are a separate process, as phones
 * are: a load generator inside the server's JVM (200 JDK HttpClient threads) took a third of the
 * CPU of the two-core machine. The harness's ceiling, GET /api/v1/ping through the same wrk script,
 * is printed too.
 */
@MariaDbTest
@Property(name = "datasources.default.maximum-pool-size", value = "32")
class FlashRedemptionBenchmark {
  static final int REQUESTS = 5_000;
  static final int CLIENTS = 200;
  static final int WRK_THREADS = 2;
  static final int STOCK = 500;
  static final int WARM_UP_ROUNDS = 5;

  @Inject Api api;
  @Inject TestAccounts accounts;
  @Inject PointsFacade points;
  @Inject LedgerInvariants invariants;
  @Inject TransactionOperations<Connection> tx;
  @Inject EmbeddedServer server;

  @TempDir Path work;

  @Test
  void flashRedemption() throws Exception {
    var f = new RewardsFixtures(api, accounts, points);
    List<String> tokens = new ArrayList<>();
    for (int i = 0; i < CLIENTS; i++) {
      tokens.add(f.volunteer(3_000).token());
    }
    Path tokensFile = Files.write(work.resolve("tokens.txt"), tokens);
    Path script = work.resolve("flash.lua");
    try (var in = getClass().getResourceAsStream("/bench/flash.lua")) {
      Files.copy(in, script);
    }
    for (int round = 0; round < WARM_UP_ROUNDS; round++) {
      // Each its own item, so the measured round starts from a full stock.
      wrk(script, tokensFile, String.valueOf(f.create(f.item(100, STOCK))));
      rawLoop(f.create(f.item(100, STOCK)), REQUESTS);
    }

    long rawItem = f.create(f.item(100, STOCK));
    long[] raw = rawLoop(rawItem, REQUESTS);
    long item = f.create(f.item(100, STOCK));
    String started = LocalTime.now().toString();
    Map<String, Long> flash = wrk(script, tokensFile, String.valueOf(item));
    Map<String, Long> ping = wrk(script, tokensFile, "ping");

    double rawRate = REQUESTS * 1e9 / raw[1];
    double rate = REQUESTS * 1e6 / flash.get("duration_us");
    String report =
        String.format(
            Locale.ROOT,
            "raw conditional UPDATE: %d requests, %d succeeded, %.0f ms, %.0f/s%n"
                + "flash redemption over HTTP (started %s): %d requests, %d succeeded (201), %d"
                + " sold out (409), %d other, %.0f ms (the last unit went after %.0f ms), %.0f/s ="
                + " %.1f %% of raw%n"
                + "redemption latency ms (wrk): p50 %.1f, p90 %.1f, p99 %.1f, max %.1f%n"
                + "raw UPDATE latency ms: p50 %.1f, p99 %.1f%n"
                + "harness ceiling, GET /api/v1/ping through the same script: %d in %.0f ms,"
                + " %.0f/s%n",
            REQUESTS,
            raw[0],
            raw[1] / 1e6,
            rawRate,
            started,
            REQUESTS,
            flash.get("ok"),
            flash.get("soldout"),
            flash.get("other"),
            flash.get("duration_us") / 1e3,
            flash.get("last_unit_us") / 1e3,
            rate,
            100 * rate / rawRate,
            flash.get("p50_us") / 1e3,
            flash.get("p90_us") / 1e3,
            flash.get("p99_us") / 1e3,
            flash.get("max_us") / 1e3,
            raw[2] / 1e6,
            raw[3] / 1e6,
            ping.get("ok"),
            ping.get("duration_us") / 1e3,
            ping.get("ok") * 1e6 / ping.get("duration_us"));
    System.out.println("FLASH-BENCHMARK\n" + report);
    invariants.check();
    assertThat(flash.get("ok")).isEqualTo(STOCK);
    assertThat(flash.get("soldout")).isEqualTo(REQUESTS - STOCK);
    assertThat(raw[0]).isEqualTo(STOCK);
    assertThat(ping.get("ok")).isEqualTo(REQUESTS);
    assertThat(invariants.scalar("SELECT stock FROM reward_item WHERE id = " + item)).isZero();
  }

  /**
   * One wrk run of {@link #REQUESTS} requests over {@link #CLIENTS} connections; answers the
   * script's WRK-RESULT figures (ok, soldout, other, requests, duration_us, p50_us ... and wrk's
   * socket errors, which must be none).
   */
  private Map<String, Long> wrk(Path script, Path tokens, String item) throws Exception {
    Process p =
        new ProcessBuilder(
                "wrk",
                "-t" + WRK_THREADS,
                "-c" + CLIENTS,
                "-d90s",
                "--timeout",
                "90s",
                "-s",
                script.toString(),
                server.getURL().toString(),
                "--",
                tokens.toString(),
                item,
                String.valueOf(REQUESTS / WRK_THREADS))
            .redirectErrorStream(true)
            .start();
    StringBuilder out = new StringBuilder();
    int threadsDone = 0;
    try (var lines =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      for (String l = lines.readLine(); l != null; l = lines.readLine()) {
        out.append(l).append('\n');
        if (l.startsWith("WRK-THREAD-DONE") && ++threadsDone == WRK_THREADS) {
          // Every answer is in; wrk would otherwise sit out its -d. SIGINT makes it report now.
          new ProcessBuilder("kill", "-INT", String.valueOf(p.pid())).start().waitFor();
        }
      }
    }
    assertThat(p.waitFor(3, TimeUnit.MINUTES)).isTrue();
    String line =
        out.toString()
            .lines()
            .filter(l -> l.startsWith("WRK-RESULT "))
            .findFirst()
            .orElseThrow(() -> new AssertionError("wrk said:\n" + out));
    Map<String, Long> figures = new LinkedHashMap<>();
    for (String pair : line.substring("WRK-RESULT ".length()).trim().split(" ")) {
      String[] kv = pair.split("=");
      figures.put(kv[0], Long.parseLong(kv[1]));
    }
    assertThat(figures.get("requests")).as(line).isEqualTo(REQUESTS);
    assertThat(
            figures.get("errors_connect")
                + figures.get("errors_read")
                + figures.get("errors_write")
                + figures.get("errors_timeout"))
        .as(line)
        .isZero();
    return figures;
  }

  /** {succeeded, elapsed ns, p50, p99} of the bare conditional UPDATE from 200 threads. */
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
    long[] sorted = latencies.clone();
    Arrays.sort(sorted);
    return new long[] {
      ok.get(), elapsed, sorted[sorted.length / 2], sorted[(int) (sorted.length * 0.99)]
    };
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
}
