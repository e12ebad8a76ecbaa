package org.gridlink.reports;

import io.micronaut.transaction.annotation.TransactionalEventListener;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gridlink.common.async.Detached;
import org.gridlink.identity.ResidentMessage;
import org.gridlink.identity.ResidentNotifier;

/**
 * Tells residents what happened to a report, from its timeline: every status change they should
 * know about goes to the reporter (and progress to the "me too" followers), every public note by
 * staff or an outside system to the reporter. It runs after the transaction commits, so a rolled
 * back change tells nobody, and covers every path that writes the timeline (residents, staff,
 * governance through ReportsFacade, batch moves through {@link ReportsMoved}). The resident's own
 * actions are not echoed back.
 */
@Singleton
class ReportNotices {
  static final String KIND = "REPORT_STATUS";
  static final String NEEDS_INFO = "REPORT_NEEDS_INFO";
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
  private final ReportRepositories.InfoRequests infoRequests;
  private final ResidentNotifier notifier;
  private final Detached detached;

  ReportNotices(
      ReportRepositories.Reports reports,
      ReportRepositories.Events events,
      ReportRepositories.Followers followers,
      ReportRepositories.InfoRequests infoRequests,
      ResidentNotifier notifier,
      Detached detached) {
    this.reports = reports;
    this.events = events;
    this.followers = followers;
    this.infoRequests = infoRequests;
    this.notifier = notifier;
    this.detached = detached;
  }

  @TransactionalEventListener(TransactionalEventListener.TransactionPhase.AFTER_COMMIT)
  void afterCommit(TimelineWritten written) {
    detached.now("Notices for report " + written.reportId(), () -> tell(written));
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
        boolean asks = asksForInformation(r, entry);
        notifier.notifyMessage(
            r.reporter(),
            asks ? NEEDS_INFO : KIND,
            "report",
            id,
            page,
            asks ? "notice.report.needs-info" : "notice.report.note",
            r.trackingCode(),
            entry.publicNote());
      }
      return;
    }
    List<ReportParts.Follower> following =
        TO_FOLLOWERS.contains(entry.status()) ? followers.findByReportId(r.id()) : List.of();
    List<ResidentMessage> out = new ArrayList<>();
    statusNotices(r, entry.status(), following, out);
    notifier.notifyAll(out);
  }

  @TransactionalEventListener(TransactionalEventListener.TransactionPhase.AFTER_COMMIT)
  void afterCommit(ReportsMoved moved) {
    detached.now("Notices for " + moved.reportIds().size() + " moved reports", () -> tell(moved));
  }

  /**
   * The notices of a batch move, with a fixed number of statements: one read of the reports, one of
   * their followers, one batched insert of the notices.
   */
  void tell(ReportsMoved moved) {
    if (moved.reportIds().isEmpty()) {
      return;
    }
    Map<Long, List<ReportParts.Follower>> following = new HashMap<>();
    if (TO_FOLLOWERS.contains(moved.status())) {
      for (ReportParts.Follower f : followers.findByReportIdIn(moved.reportIds())) {
        following.computeIfAbsent(f.reportId(), k -> new ArrayList<>()).add(f);
      }
    }
    List<ResidentMessage> out = new ArrayList<>();
    for (Report r : reports.findByIdIn(moved.reportIds())) {
      // As for a single entry: the resident's own actions are not echoed back.
      if (!moved.actor().equals(r.reporter())) {
        statusNotices(r, moved.status(), following.getOrDefault(r.id(), List.of()), out);
      }
    }
    notifier.notifyAll(out);
  }

  /** What a move of {@code r} to {@code status} tells its reporter and followers. */
  private static void statusNotices(
      Report r,
      ReportStatus status,
      List<ReportParts.Follower> following,
      List<ResidentMessage> out) {
    String id = Long.toString(r.id());
    if (TO_REPORTER.contains(status)) {
      String reason = r.rejectReason() == null ? "" : r.rejectReason();
      out.add(
          new ResidentMessage(
              r.reporter(),
              KIND,
              "report",
              id,
              "/reports/" + id,
              "notice.report." + status.name(),
              List.of(r.trackingCode(), reason)));
    }
    if (TO_FOLLOWERS.contains(status)) {
      for (ReportParts.Follower f : following) {
        if (!f.follower().equals(r.reporter())) {
          out.add(
              new ResidentMessage(
                  f.follower(),
                  KIND,
                  "report",
                  id,
                  "/track?code=" + r.trackingCode(),
                  "notice.report.followed." + status.name(),
                  List.of(r.trackingCode())));
        }
      }
    }
  }

  /** The entry is the note of the open request for more information (governance "returned"). */
  private boolean asksForInformation(Report r, ReportParts.Event entry) {
    return infoRequests
        .findFirstByReportIdAndAnsweredAtIsNullOrderByIdDesc(r.id())
        .filter(q -> q.actor().equals(entry.actor()))
        .filter(q -> java.util.Objects.equals(q.publicNote(), entry.publicNote()))
        .isPresent();
  }
}
