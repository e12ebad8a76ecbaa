package org.gridlink.reports;

import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.gridlink.wechat.ContentVerdict;
import org.gridlink.wechat.MediaCheckCompleted;

/**
 * Decides a report's content check: when every photo has a verdict (all pass: the report goes on as
 * it would have without the check; any risky or to review: it stays UNDER_REVIEW with a flag for
 * staff), or when the time limit passes without them (flag CHECK_TIMED_OUT, staff decide). Every
 * decision is a conditional update of a PENDING row, so with several instances, or a verdict
 * arriving twice, exactly one decides.
 */
@Singleton
class ContentCheckVerdicts {
  static final Duration TIME_LIMIT = Duration.ofMinutes(30);
  static final String CONTENT_RISKY = "CONTENT_RISKY";
  static final String CONTENT_REVIEW = "CONTENT_REVIEW";
  static final String CHECK_TIMED_OUT = "CHECK_TIMED_OUT";

  private final ContentCheckParts.Checks checks;
  private final ContentCheckParts.PhotoChecks photoChecks;
  private final ReportRepositories.Reports reports;
  private final ReportService lifecycle;
  private final Clock clock;

  ContentCheckVerdicts(
      ContentCheckParts.Checks checks,
      ContentCheckParts.PhotoChecks photoChecks,
      ReportRepositories.Reports reports,
      ReportService lifecycle,
      Clock clock) {
    this.checks = checks;
    this.photoChecks = photoChecks;
    this.reports = reports;
    this.lifecycle = lifecycle;
    this.clock = clock;
  }

  /** WeChat's verdict on one photo (the signed callback); unknown trace ids are not ours. */
  @EventListener
  @Transactional
  void on(MediaCheckCompleted verdict) {
    var photo = photoChecks.findByTraceId(verdict.traceId()).orElse(null);
    if (photo == null) {
      return;
    }
    String label = verdict.label() == null || verdict.label().length() > 32 ? "" : verdict.label();
    if (photoChecks.verdict(photo.id(), verdict.verdict(), label, clock.instant()) == 1) {
      settle(photo.reportId());
    }
  }

  private void settle(long reportId) {
    List<ContentCheckParts.PhotoCheck> all = photoChecks.findByReportId(reportId);
    if (all.stream().anyMatch(p -> p.verdict() == null)) {
      return;
    }
    boolean risky = all.stream().anyMatch(p -> p.verdict() == ContentVerdict.RISKY);
    boolean review = all.stream().anyMatch(p -> p.verdict() == ContentVerdict.REVIEW);
    ContentCheckState state =
        risky || review ? ContentCheckState.FLAGGED : ContentCheckState.PASSED;
    if (checks.decide(reportId, state, clock.instant()) != 1) {
      return;
    }
    Report r = reports.findById(reportId).orElseThrow();
    if (state == ContentCheckState.FLAGGED) {
      flag(r, risky ? CONTENT_RISKY : CONTENT_REVIEW);
    } else if (r.status() == ReportStatus.UNDER_REVIEW && lifecycle.autoAccepts(r)) {
      lifecycle.move(r, ReportStatus.ACCEPTED, ReportService.SYSTEM, null);
    }
  }

  /** Checks still pending after the time limit go to staff; safe to run on every instance. */
  @Scheduled(fixedDelay = "${gridlink.reports.content-check-sweep:1m}", initialDelay = "1m")
  void sweepJob() {
    sweep();
  }

  /** Returns how many checks this call timed out. */
  int sweep() {
    Instant now = clock.instant();
    int timedOut = 0;
    for (var c :
        checks.findByStateAndStartedAtLessThan(ContentCheckState.PENDING, now.minus(TIME_LIMIT))) {
      if (timeOut(c.reportId(), now)) {
        timedOut++;
      }
    }
    return timedOut;
  }

  @Transactional
  boolean timeOut(long reportId, Instant now) {
    if (checks.decide(reportId, ContentCheckState.TIMED_OUT, now) != 1) {
      return false;
    }
    reports.findById(reportId).ifPresent(r -> flag(r, CHECK_TIMED_OUT));
    return true;
  }

  private void flag(Report r, String flag) {
    List<String> flags =
        new ArrayList<>(
            r.flags() == null || r.flags().isBlank()
                ? List.of()
                : Arrays.asList(r.flags().split(",")));
    if (!flags.contains(flag)) {
      flags.add(flag);
      reports.update(r.withFlags(String.join(",", flags)));
    }
  }
}
