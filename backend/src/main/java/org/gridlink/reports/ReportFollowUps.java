package org.gridlink.reports;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.gridlink.common.web.ProblemException;
import org.gridlink.media.MediaFacade;
import org.gridlink.media.MediaView;

/**
 * What happens to a report after it was passed on: reopening, the governance system asking the
 * resident for more information, and the resident's answer (a supplement). Each publishes its event
 * inside the transaction, so the governance feature's outbox row commits with it or not at all.
 */
@Singleton
class ReportFollowUps {
  static final int NOTE_MAX = 500;

  private final ReportRepositories.Reports reports;
  private final ReportRepositories.Photos photos;
  private final ReportRepositories.InfoRequests requests;
  private final ReportRepositories.Supplements supplements;
  private final ReportService service;
  private final MediaFacade media;
  private final ApplicationEventPublisher<ReportReopened> reopened;
  private final ApplicationEventPublisher<ReportSupplemented> supplemented;
  private final Clock clock;

  ReportFollowUps(
      ReportRepositories.Reports reports,
      ReportRepositories.Photos photos,
      ReportRepositories.InfoRequests requests,
      ReportRepositories.Supplements supplements,
      ReportService service,
      MediaFacade media,
      ApplicationEventPublisher<ReportReopened> reopened,
      ApplicationEventPublisher<ReportSupplemented> supplemented,
      Clock clock) {
    this.reports = reports;
    this.photos = photos;
    this.requests = requests;
    this.supplements = supplements;
    this.service = service;
    this.media = media;
    this.reopened = reopened;
    this.supplemented = supplemented;
    this.clock = clock;
  }

  /** RESOLVED or CLOSED → REOPENED (409 problem otherwise), timeline, {@link ReportReopened}. */
  @Transactional
  Report reopen(long id, String actor, String note) {
    Report r =
        reports
            .findById(id)
            .orElseThrow(() -> ProblemException.notFound("problem.reports.not-found"));
    Report moved = service.move(r, ReportStatus.REOPENED, actor, clip(note));
    reopened.publishEvent(new ReportReopened(id, clip(note), clock.instant()));
    return moved;
  }

  /**
   * Marks the report as waiting for the resident's information, with the asker's note on the
   * timeline. A second request while one is open replaces its note. False for an unknown report.
   */
  @Transactional
  boolean requestInformation(long id, String actor, String note) {
    Optional<Report> found = reports.findById(id);
    if (found.isEmpty()) {
      return false;
    }
    Instant now = clock.instant();
    Long open = pending(id).map(ReportParts.InfoRequest::id).orElse(null);
    var request = new ReportParts.InfoRequest(open, id, actor, clip(note), now, null);
    if (open == null) {
      requests.save(request);
    } else {
      requests.update(request);
    }
    service.record(found.get(), actor, clip(note));
    return true;
  }

  Optional<ReportParts.InfoRequest> pending(long reportId) {
    return requests.findFirstByReportIdAndAnsweredAtIsNullOrderByIdDesc(reportId);
  }

  /**
   * The resident's answer to an open request: text and/or their own unattached photos. A repeat
   * with the same idempotency key changes nothing and answers like the first call.
   */
  @Transactional
  Report supplement(
      long id, String caller, String text, List<String> mediaIds, String idempotencyKey) {
    Report r = service.owned(id, caller);
    if (supplements.findByReportIdAndIdempotencyKey(id, idempotencyKey).isPresent()) {
      return r;
    }
    String trimmed = text == null || text.isBlank() ? null : text.trim();
    List<String> ids = mediaIds == null ? List.of() : mediaIds;
    if (trimmed == null && ids.isEmpty()) {
      throw ProblemException.badRequest("problem.reports.empty-supplement");
    }
    ReportParts.InfoRequest request =
        pending(id)
            .filter(q -> r.status().isOpen())
            .orElseThrow(
                () ->
                    new ProblemException(
                        HttpStatus.CONFLICT, "conflict", "problem.reports.no-info-request"));
    Instant now = clock.instant();
    List<MediaView> added = media.attach(ids, caller, "report:" + id);
    int position = photos.findByReportIdOrderByPosition(id).size();
    for (MediaView m : added) {
      photos.save(new ReportParts.Photo(null, id, m.id(), position++));
    }
    supplements.save(
        new ReportParts.Supplement(
            null, id, idempotencyKey, trimmed, ids.isEmpty() ? null : String.join(",", ids), now));
    requests.update(request.answered(now));
    service.record(r, caller, clip(trimmed));
    supplemented.publishEvent(new ReportSupplemented(id, trimmed, List.copyOf(ids), now));
    return r;
  }

  private static String clip(String note) {
    return note == null || note.length() <= NOTE_MAX ? note : note.substring(0, NOTE_MAX);
  }
}
