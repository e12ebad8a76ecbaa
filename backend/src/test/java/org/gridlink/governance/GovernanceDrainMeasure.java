package org.gridlink.governance;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.transaction.TransactionOperations;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.gridlink.reports.ReportAccepted;
import org.gridlink.reports.Severity;
import org.gridlink.support.Api;
import org.gridlink.support.TestAccounts;

/**
 * The governance drain benchmark (issue 6): a backlog of N accepted reports (default 10,000) is
 * drained to the simulator on loopback by the real dispatcher, against a baseline measured in the
 * same run: the simulator's own accept rate for N cases posted with the same client ({@link
 * GovernanceClient}, same signing, same number of threads) to a second simulator. Then one pushed
 * event at a time: the time from the simulator's push until the resident's GET of the report shows
 * it on the timeline, p50/p99. Arguments: [reports] [mariadb]. Run: see docs/benchmarks.md
 * ("Governance outbox").
 */
public final class GovernanceDrainMeasure {
  private static final String KEY = "bench";
  private static final String SECRET = "bench-governance-secret-0123456789abcdef";

  private GovernanceDrainMeasure() {}

  public static void main(String[] args) throws Exception {
    // exec:exec passes -Dbench as one argument: "10000 mariadb".
    List<String> words = Arrays.asList(String.join(" ", args).trim().split("\\s+"));
    int n = words.get(0).matches("\\d+") ? Integer.parseInt(words.get(0)) : 10_000;
    boolean mariadb = words.contains("mariadb");
    String[] envs = mariadb ? new String[] {"test", "mariadb"} : new String[] {"test"};
    try (GovernanceSimulator sim = GovernanceSimulator.start(KEY, SECRET);
        GovernanceSimulator baselineSim = GovernanceSimulator.start(KEY, SECRET)) {
      Map<String, Object> props = new HashMap<>();
      props.put("gridlink.governance.base-url", sim.baseUrl());
      props.put("gridlink.governance.key-id", KEY);
      props.put("gridlink.governance.keys." + KEY, SECRET);
      props.put("gridlink.governance.batch-size", 100);
      // "threads=16": more deliveries in flight (the baseline uses the same number of threads).
      words.stream()
          .filter(w -> w.startsWith("threads="))
          .findFirst()
          .ifPresent(w -> props.put("gridlink.governance.dispatch-threads", w.substring(8)));
      try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, props, envs)) {
        ApplicationContext ctx = server.getApplicationContext();
        sim.gridlinkUrl = server.getURL().toString();
        GovernanceProperties properties = ctx.getBean(GovernanceProperties.class);
        int threads = properties.getDispatchThreads();
        TestAccounts accounts = ctx.getBean(TestAccounts.class);
        String token =
            accounts.dev("RESIDENT", "bench" + UUID.randomUUID().toString().substring(0, 6));
        System.out.printf(
            "Database: %s; %d reports; dispatch threads %d; batch %d; %d cores%n",
            mariadb ? "MariaDB" : "H2 (in memory)",
            n,
            threads,
            properties.getBatchSize(),
            Runtime.getRuntime().availableProcessors());

        long t0 = System.nanoTime();
        List<Long> ids = backlog(ctx, subject(token), n);
        System.out.printf("Backlog written in %.1f s%n", (System.nanoTime() - t0) / 1e9);

        List<String> bodies = bodies(ctx, ids);
        double baseline = baseline(ctx, baselineSim, bodies, threads);
        System.out.printf(
            "Baseline: simulator accepted %d cases posted directly at %.0f cases/s%n",
            baselineSim.cases.size(), baseline);

        OutboxDispatcher dispatcher = ctx.getBean(OutboxDispatcher.class);
        long d0 = System.nanoTime();
        int sent = dispatcher.drain();
        double drainSeconds = (System.nanoTime() - d0) / 1e9;
        double drained = sent / drainSeconds;
        long twice = ids.stream().filter(id -> sim.deliveriesOf(id) != 1).count();
        System.out.printf(
            "Drain: %d attempts, %d cases delivered in %.1f s = %.0f cases/s (%.0f %% of baseline);"
                + " cases not delivered exactly once: %d%n",
            sent, sim.cases.size(), drainSeconds, drained, 100 * drained / baseline, twice);

        timeline(ctx, sim, ids, token, Math.min(500, ids.size()));
      }
    }
  }

  private static String subject(String token) throws Exception {
    byte[] claims = Base64.getUrlDecoder().decode(token.split("\\.")[1]);
    return (String)
        JsonMapper.createDefault()
            .readValue(claims, io.micronaut.core.type.Argument.mapOf(String.class, Object.class))
            .get("sub");
  }

  /**
   * N accepted reports (rows written directly, like a backlog after an outage), each with its case
   * message written by the real {@link OutboxWriter} from the real {@link ReportAccepted} event.
   */
  private static List<Long> backlog(ApplicationContext ctx, String reporter, int n) {
    @SuppressWarnings("unchecked")
    TransactionOperations<Connection> tx = ctx.getBean(TransactionOperations.class);
    Instant now = ctx.getBean(Clock.class).instant();
    List<Long> ids = new ArrayList<>(n);
    tx.executeWrite(status -> insert(status.getConnection(), reporter, n, now, ids));
    OutboxWriter writer = ctx.getBean(OutboxWriter.class);
    for (long id : ids) {
      writer.onApplicationEvent(
          new ReportAccepted(
              id, "B", reporter, "ENV_GARBAGE", Severity.DAILY, "320102001001003", now, now));
    }
    return ids;
  }

  private static Void insert(Connection c, String reporter, int n, Instant now, List<Long> ids)
      throws java.sql.SQLException {
    {
      String sql =
          "INSERT INTO report (tracking_code, reporter, category_code, description, lat, lng,"
              + " accuracy_m, address, grid_code, grid_candidates, grid_approximate, severity,"
              + " urgent, anonymous, contact_consent, status, flags, duplicate_of, reject_reason,"
              + " due_at, created_at, updated_at) VALUES (?, ?, 'ENV_GARBAGE', '垃圾堆了三天没人清运',"
              + " 32.04, 118.78, 8, '梧桐路12号对面', '320102001001003', NULL, FALSE, 'DAILY',"
              + " FALSE, FALSE, FALSE, 'ACCEPTED', NULL, NULL, NULL, ?, ?, ?)";
      try (PreparedStatement ps = c.prepareStatement(sql, new String[] {"id"})) {
        for (int i = 0; i < n; i++) {
          ps.setString(1, "B" + UUID.randomUUID().toString().replace("-", "").substring(0, 15));
          ps.setString(2, reporter);
          ps.setTimestamp(3, Timestamp.from(now.plusSeconds(86_400)));
          ps.setTimestamp(4, Timestamp.from(now));
          ps.setTimestamp(5, Timestamp.from(now));
          ps.addBatch();
          if (i % 500 == 499 || i == n - 1) {
            ps.executeBatch();
            try (var keys = ps.getGeneratedKeys()) {
              while (keys.next()) {
                ids.add(keys.getLong(1));
              }
            }
          }
        }
      }
    }
    return null;
  }

  /** The bodies the dispatcher will send, for the baseline: same payloads, same sizes. */
  private static List<String> bodies(ApplicationContext ctx, List<Long> ids) throws Exception {
    var outbox = ctx.getBean(GovernanceRepositories.Outbox.class);
    OutboxDispatcher dispatcher = ctx.getBean(OutboxDispatcher.class);
    List<String> bodies = new ArrayList<>(ids.size());
    for (long id : ids) {
      bodies.add(
          dispatcher.body(outbox.findByCaseIdAndKind(id, OutboxWriter.KIND_CASE).orElseThrow()));
    }
    return bodies;
  }

  /** The simulator's own accept rate: the same client class and threads, no database. */
  private static double baseline(
      ApplicationContext ctx, GovernanceSimulator target, List<String> bodies, int threads)
      throws Exception {
    GovernanceProperties p = new GovernanceProperties();
    p.setBaseUrl(target.baseUrl());
    p.setKeyId(KEY);
    p.setKeys(Map.of(KEY, SECRET));
    GovernanceClient client = new GovernanceClient(p, ctx.getBean(Clock.class));
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long t0 = System.nanoTime();
    List<Future<?>> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      workers.add(
          pool.submit(
              () -> {
                for (int i = next.getAndIncrement();
                    i < bodies.size();
                    i = next.getAndIncrement()) {
                  var r = client.post("/cases", bodies.get(i));
                  if (r.statusCode() >= 300) {
                    throw new IllegalStateException("baseline answer " + r.statusCode());
                  }
                }
                return null;
              }));
    }
    for (Future<?> f : workers) {
      f.get();
    }
    double rate = bodies.size() / ((System.nanoTime() - t0) / 1e9);
    pool.shutdown();
    return rate;
  }

  /** One event at a time: push → GridLink → resident's GET shows the note. */
  private static void timeline(
      ApplicationContext ctx, GovernanceSimulator sim, List<Long> ids, String token, int samples)
      throws Exception {
    Api api = ctx.getBean(Api.class);
    long[] micros = new long[samples];
    for (int i = 0; i < samples; i++) {
      long id = ids.get(i);
      String note = "已派人前往现场 #" + i;
      long t0 = System.nanoTime();
      sim.emit(id, "in_progress", "城管执法局", note, Instant.now());
      String body;
      do {
        body = api.get("/api/v1/reports/" + id).bearer(token).send().body();
      } while (!body.contains(note));
      micros[i] = (System.nanoTime() - t0) / 1000;
    }
    Arrays.sort(micros);
    System.out.printf(
        "Push to the resident's timeline (%d events, one at a time): p50 %.1f ms, p99 %.1f ms,"
            + " max %.1f ms%n",
        samples,
        micros[samples / 2] / 1000.0,
        micros[(int) Math.ceil(samples * 0.99) - 1] / 1000.0,
        micros[samples - 1] / 1000.0);
    System.out.println(new String(new byte[0], StandardCharsets.UTF_8));
  }
}
