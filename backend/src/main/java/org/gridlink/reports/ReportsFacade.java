package org.gridlink.reports;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** What other features (governance, points, surveys) may ask of reports. */
@Singleton
public class ReportsFacade {
  private final ReportRepositories.Reports reports;
  private final ReportRepositories.Photos photos;
  private final ReportService service;
  private final ReportViews views;
  private final ReportFollowUps followUps;

  ReportsFacade(
      ReportRepositories.Reports reports,
      ReportRepositories.Photos photos,
      ReportService service,
      ReportViews views,
      ReportFollowUps followUps) {
    this.reports = reports;
    this.photos = photos;
    this.service = service;
    this.views = views;
    this.followUps = followUps;
  }

  /**
   * Reopens a RESOLVED or CLOSED report (e.g. the resident was not satisfied), writes the timeline
   * with {@code note} and publishes {@link ReportReopened} in the same transaction. Returns
   * REOPENED; a 404 problem for an unknown report, a 409 problem when it cannot be reopened.
   */
  public ReportStatus reopen(long reportId, String actor, String note) {
    return followUps.reopen(reportId, actor, note).status();
  }

  /**
   * The governance system returned the case for more information: the report waits for the
   * resident's supplement and the timeline shows {@code note}. False for an unknown report.
   */
  public boolean requestInformation(long reportId, String actor, String note) {
    return followUps.requestInformation(reportId, actor, note);
  }

  public Optional<ReportStatus> status(long reportId) {
    return reports.findById(reportId).map(Report::status);
  }

  /** The reporter's subject, for crediting points or asking for a rating. */
  public Optional<String> reporter(long reportId) {
    return reports.findById(reportId).map(Report::reporter);
  }

  /** A report as the governance system receives it (category name in Chinese, its language). */
  public Optional<ReportCase> forCase(long reportId) {
    return reports
        .findById(reportId)
        .map(
            r ->
                new ReportCase(
                    r.id(),
                    r.trackingCode(),
                    r.categoryCode(),
                    views.categoryName(r.categoryCode(), Locale.SIMPLIFIED_CHINESE),
                    r.severity(),
                    r.dueAt(),
                    r.gridCode(),
                    r.lat(),
                    r.lng(),
                    r.accuracyM(),
                    r.address(),
                    r.description(),
                    photos.findByReportIdOrderByPosition(r.id()).stream()
                        .map(ReportParts.Photo::mediaId)
                        .toList(),
                    r.createdAt(),
                    r.reporter(),
                    r.anonymous(),
                    r.contactConsent()));
  }

  /**
   * Moves a report towards {@code target} on behalf of an outside system, through the allowed moves
   * of {@link ReportStatus} only (e.g. ACCEPTED → FORWARDED → IN_PROGRESS when the "forwarded" step
   * was never seen), writing each step with {@code note} on the timeline. When the report is
   * already there, only the note is written. Returns false when no allowed path exists.
   */
  @Transactional
  public boolean moveTowards(long reportId, ReportStatus target, String actor, String note) {
    Report r = reports.findById(reportId).orElse(null);
    if (r == null) {
      return false;
    }
    if (r.status() == target) {
      if (note != null) {
        service.record(r, actor, note);
      }
      return true;
    }
    List<ReportStatus> path = path(r.status(), target);
    if (path.isEmpty()) {
      return false;
    }
    for (ReportStatus step : path) {
      r = service.move(r, step, actor, step == target ? note : null);
    }
    return true;
  }

  /**
   * Moves every given report that stands at {@code from} to {@code to} in one step, e.g. the
   * reports whose cases the governance system has just accepted from ACCEPTED to FORWARDED; reports
   * elsewhere (already further, withdrawn, unknown) are left as they are. The step must be allowed
   * by {@link ReportStatus} (IllegalArgumentException otherwise). Each moved report gets its
   * timeline entry with {@code note}, its events and its residents' notices, like {@link
   * #moveTowards}, but with a fixed number of statements for the whole batch. Returns the ids
   * moved, in id order.
   */
  @Transactional
  public List<Long> moveAll(
      Collection<Long> reportIds,
      ReportStatus from,
      ReportStatus to,
      String actor,
      @Nullable String note) {
    return service.moveAll(reportIds, from, to, actor, note);
  }

  /** Writes a timeline note without changing the status (e.g. "returned for more information"). */
  @Transactional
  public boolean note(long reportId, String actor, String note) {
    return reports
        .findById(reportId)
        .map(
            r -> {
              service.record(r, actor, note);
              return true;
            })
        .orElse(false);
  }

  /** The shortest chain of allowed moves from one status to another; empty when there is none. */
  static List<ReportStatus> path(ReportStatus from, ReportStatus to) {
    Map<ReportStatus, ReportStatus> cameFrom = new EnumMap<>(ReportStatus.class);
    Deque<ReportStatus> queue = new ArrayDeque<>(List.of(from));
    cameFrom.put(from, from);
    while (!queue.isEmpty()) {
      ReportStatus s = queue.poll();
      if (s == to) {
        List<ReportStatus> steps = new ArrayList<>();
        for (ReportStatus at = to; at != from; at = cameFrom.get(at)) {
          steps.add(at);
        }
        Collections.reverse(steps);
        return steps;
      }
      for (ReportStatus n : s.next()) {
        if (!cameFrom.containsKey(n)) {
          cameFrom.put(n, s);
          queue.add(n);
        }
      }
    }
    return List.of();
  }
}
