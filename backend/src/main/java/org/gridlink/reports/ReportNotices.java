package org.gridlink.reports;

import io.micronaut.transaction.annotation.TransactionalEventListener;
import jakarta.inject.Singleton;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.gridlink.common.async.Detached;
import org.gridlink.identity.ResidentNotifier;

/**
 * Tells residents what happened to a report, from its timeline: every status change they should
 * know about goes to the reporter (and progress to the "me too" followers), every public note by
 * staff or an outside system to the reporter. It runs after the transaction commits, so a rolled
 * back change tells nobody, and covers every path that writes the timeline (residents, staff,
 * governance through ReportsFacade). The resident's own actions are not echoed back.
 */
@Singleton
class ReportNotices {
  static final String KIND = "REPORT_STATUS";
  private static final Set<ReportStatus> TO_REPORTER =
      EnumSet.of(
          ReportStatus.ACCEPTED,
          ReportStatus.REJECTED,
          ReportStatus.DUPLICATE,
          ReportStatus.FORWARDED,
          ReportStatus.IN_PROGRESS,
          ReportStatus.RESOLVED,
          ReportStatus.CLOSED,
          ReportStatus.REOPENED);
  private static final Set<ReportStatus> TO_FOLLOWERS =
      EnumSet.of(
          ReportStatus.FORWARDED,
          ReportStatus.IN_PROGRESS,
          ReportStatus.RESOLVED,
          ReportStatus.CLOSED,
          ReportStatus.REOPENED);

  private final ReportRepositories.Reports reports;
  private final ReportRepositories.Events events;
  private final ReportRepositories.Followers followers;
  private final ResidentNotifier notifier;
  private final Detached detached;

  ReportNotices(
      ReportRepositories.Reports reports,
      ReportRepositories.Events events,
      ReportRepositories.Followers followers,
      ResidentNotifier notifier,
      Detached detached) {
    this.reports = reports;
    this.events = events;
    this.followers = followers;
    this.notifier = notifier;
    this.detached = detached;
  }

  @TransactionalEventListener(TransactionalEventListener.TransactionPhase.AFTER_COMMIT)
  void afterCommit(TimelineWritten written) {
    detached.run("Notices for report " + written.reportId(), () -> tell(written));
  }

  void tell(TimelineWritten written) {
    Report r = reports.findById(written.reportId()).orElse(null);
    if (r == null) {
      return;
    }
    List<ReportParts.Event> entries = events.findByReportIdOrderById(r.id());
    ReportParts.Event entry = null;
    ReportParts.Event before = null;
    for (ReportParts.Event e : entries) {
      if (e.id() == written.eventId()) {
        entry = e;
        break;
      }
      before = e;
    }
    if (entry == null || entry.actor().equals(r.reporter())) {
      return;
    }
    String id = Long.toString(r.id());
    String page = "/reports/" + id;
    boolean statusChanged = before == null || before.status() != entry.status();
    if (!statusChanged) {
      if (entry.publicNote() != null && !entry.publicNote().isBlank()) {
        notifier.notifyMessage(
            r.reporter(),
            KIND,
            "report",
            id,
            page,
            "notice.report.note",
            r.trackingCode(),
            entry.publicNote());
      }
      return;
    }
    ReportStatus status = entry.status();
    if (TO_REPORTER.contains(status)) {
      String reason = r.rejectReason() == null ? "" : r.rejectReason();
      notifier.notifyMessage(
          r.reporter(),
          KIND,
          "report",
          id,
          page,
          "notice.report." + status.name(),
          r.trackingCode(),
          reason);
    }
    if (TO_FOLLOWERS.contains(status)) {
      for (ReportParts.Follower f : followers.findByReportId(r.id())) {
        if (!f.follower().equals(r.reporter())) {
          notifier.notifyMessage(
              f.follower(),
              KIND,
              "report",
              id,
              "/track?code=" + r.trackingCode(),
              "notice.report.followed." + status.name(),
              r.trackingCode());
        }
      }
    }
  }
}
