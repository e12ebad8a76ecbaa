package org.gridlink.reports;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.gridlink.common.ratelimit.RateLimitExceededException;
import org.gridlink.common.ratelimit.RateLimiter;
import org.gridlink.common.web.ProblemException;
import org.gridlink.grids.GridLocation;
import org.gridlink.grids.GridSummary;
import org.gridlink.grids.GridsFacade;
import org.gridlink.grids.WgsPoint;
import org.gridlink.media.MediaFacade;
import org.gridlink.media.MediaView;

/** A resident's side of reports: submit, follow, withdraw; and the status moves all sides share. */
@Singleton
class ReportService {
  static final String SYSTEM = "system";
  static final int REPORTS_PER_DAY = 20;

  private final ReportRepositories.Reports reports;
  private final ReportRepositories.Categories categories;
  private final ReportRepositories.Photos photos;
  private final ReportRepositories.Events events;
  private final GridsFacade grids;
  private final MediaFacade media;
  private final ContentCheckService contentCheck;
  private final RateLimiter rateLimiter;
  private final ApplicationEventPublisher<ReportAccepted> accepted;
  private final ApplicationEventPublisher<ReportResolved> resolved;
  private final ApplicationEventPublisher<TimelineWritten> timeline;
  private final ApplicationEventPublisher<ReportsMoved> movedAll;
  private final Clock clock;

  ReportService(
      ReportRepositories.Reports reports,
      ReportRepositories.Categories categories,
      ReportRepositories.Photos photos,
      ReportRepositories.Events events,
      GridsFacade grids,
      MediaFacade media,
      ContentCheckService contentCheck,
      RateLimiter rateLimiter,
      ApplicationEventPublisher<ReportAccepted> accepted,
      ApplicationEventPublisher<ReportResolved> resolved,
      ApplicationEventPublisher<TimelineWritten> timeline,
      ApplicationEventPublisher<ReportsMoved> movedAll,
      Clock clock) {
    this.reports = reports;
    this.categories = categories;
    this.photos = photos;
    this.events = events;
    this.grids = grids;
    this.media = media;
    this.contentCheck = contentCheck;
    this.rateLimiter = rateLimiter;
    this.accepted = accepted;
    this.resolved = resolved;
    this.timeline = timeline;
    this.movedAll = movedAll;
    this.clock = clock;
  }

  @Transactional
  Report submit(ReportRecords.SubmitReport request, String reporter) {
    RateLimiter.Decision decision =
        rateLimiter.acquire("reports:" + reporter, REPORTS_PER_DAY, Duration.ofDays(1));
    if (!decision.allowed()) {
      throw new RateLimitExceededException(decision.retryAfter());
    }
    ReportCategory category =
        categories
            .findById(request.category())
            .filter(ReportCategory::active)
            .orElseThrow(
                () ->
                    new ProblemException(
                        HttpStatus.BAD_REQUEST,
                        "validation-failed",
                        "problem.reports.unknown-category",
                        request.category()));
    if (request.anonymous() && !category.allowAnonymous()) {
      throw new ProblemException(
          HttpStatus.BAD_REQUEST, "bad-request", "problem.reports.no-anonymous");
    }
    // Before anything is saved: a refused description loses nothing but itself.
    Optional<String> textFlag = contentCheck.checkText(reporter, request.description().trim());
    var loc = request.location();
    String crs = loc.crs() == null ? "wgs84" : loc.crs();
    WgsPoint point = grids.wgs84(loc.lat(), loc.lng(), crs);
    GridLocation place = place(loc.lat(), loc.lng(), crs);
    Instant now = clock.instant();
    Severity severity = request.urgent() ? Severity.SERIOUS : category.defaultSeverity();
    Report saved =
        reports.save(
            new Report(
                null,
                TrackingCodes.next(),
                reporter,
                category.code(),
                request.description().trim(),
                point.lat(),
                point.lng(),
                loc.accuracy(),
                loc.address(),
                place == null ? null : place.grid().code(),
                place == null ? null : codes(place.candidates()),
                place == null || place.approximate(),
                severity,
                request.urgent(),
                request.anonymous(),
                request.contactConsent(),
                ReportStatus.SUBMITTED,
                null,
                null,
                null,
                now.plus(category.sla(severity)),
                now,
                now));
    List<MediaView> pictures = media.attach(request.mediaIds(), reporter, "report:" + saved.id());
    for (int i = 0; i < pictures.size(); i++) {
      photos.save(new ReportParts.Photo(null, saved.id(), pictures.get(i).id(), i));
    }
    List<String> flags = Plausibility.flags(point.lat(), point.lng(), pictures, now);
    if (place == null) {
      flags.add(Plausibility.OUTSIDE_GRIDS);
    } else if (!place.candidates().isEmpty()) {
      flags.add(Plausibility.BOUNDARY);
    }
    textFlag.ifPresent(flags::add);
    saved = reports.update(saved.withFlags(flags.isEmpty() ? null : String.join(",", flags)));
    record(saved, reporter, null);
    if (contentCheck.startPhotoCheck(saved, pictures)) {
      // Waits for WeChat's verdicts; ContentCheckVerdicts moves it on.
      saved = move(saved, ReportStatus.UNDER_REVIEW, SYSTEM, null);
    } else if (autoAccepts(saved)) {
      saved = move(saved, ReportStatus.ACCEPTED, SYSTEM, null);
    }
    return saved;
  }

  /** The category's auto-accept rule, for a report placed exactly in a grid. */
  boolean autoAccepts(Report r) {
    return r.gridCode() != null
        && !r.gridApproximate()
        && categories.findById(r.categoryCode()).map(ReportCategory::autoAccept).orElse(false);
  }

  /** The grid, or null when the point is outside every grid and too far from any. */
  private GridLocation place(double lat, double lng, String crs) {
    try {
      return grids.locate(lat, lng, crs);
    } catch (ProblemException e) {
      if (e.status() == HttpStatus.NOT_FOUND) {
        return null;
      }
      throw e;
    }
  }

  @Transactional
  Report withdraw(long id, String caller) {
    Report r = owned(id, caller);
    if (!r.status().canMoveTo(ReportStatus.WITHDRAWN)) {
      throw new ProblemException(
          HttpStatus.CONFLICT, "conflict", "problem.reports.cannot-withdraw");
    }
    return move(r, ReportStatus.WITHDRAWN, caller, null);
  }

  Report owned(long id, String caller) {
    return reports
        .findById(id)
        .filter(r -> r.reporter().equals(caller))
        .orElseThrow(() -> ProblemException.notFound("problem.reports.not-found"));
  }

  /** Moves a report along its lifecycle (rules on {@link ReportStatus}) and writes the timeline. */
  Report move(Report r, ReportStatus to, String actor, String note) {
    if (!r.status().canMoveTo(to)) {
      throw new ProblemException(
          HttpStatus.CONFLICT, "conflict", "problem.reports.bad-transition", r.status(), to);
    }
    Report moved = reports.update(r.moved(to, clock.instant()));
    record(moved, actor, note);
    announce(moved);
    return moved;
  }

  /**
   * Moves every given report that stands at {@code from} to {@code to} (one allowed step on {@link
   * ReportStatus}), leaving the others as they are, with a fixed number of statements however many
   * there are: one locking read, one UPDATE of those found at {@code from}, one batched timeline
   * insert. Publishes the same events as {@link #move} for each moved report, and one {@link
   * ReportsMoved} instead of a {@link TimelineWritten} per entry, so the residents are told in one
   * batch too. Returns the ids moved, in id order. Must run inside a transaction (the lock is held
   * until it ends).
   */
  List<Long> moveAll(
      Collection<Long> ids, ReportStatus from, ReportStatus to, String actor, String note) {
    if (!from.canMoveTo(to)) {
      throw new IllegalArgumentException(from + " cannot move to " + to);
    }
    if (ids.isEmpty()) {
      return List.of();
    }
    List<Report> standing =
        reports.lockByIdIn(new HashSet<>(ids)).stream().filter(r -> r.status() == from).toList();
    if (standing.isEmpty()) {
      return List.of();
    }
    List<Long> moving = standing.stream().map(Report::id).toList();
    Instant now = clock.instant();
    long moved = reports.moveAll(moving, to.name(), now);
    if (moved != moving.size()) {
      // Cannot happen while the rows are locked; rolling back beats a timeline that lies.
      throw new IllegalStateException(moving.size() + " reports locked but " + moved + " moved");
    }
    List<ReportParts.Event> entries = new ArrayList<>(moving.size());
    for (Report r : standing) {
      entries.add(new ReportParts.Event(null, r.id(), to, actor, note, now));
    }
    events.saveAll(entries);
    for (Report r : standing) {
      announce(r.moved(to, now));
    }
    movedAll.publishEvent(new ReportsMoved(moving, to, actor));
    return moving;
  }

  /** The events other features listen to, for a report that has just moved. */
  private void announce(Report moved) {
    ReportStatus to = moved.status();
    if (to == ReportStatus.ACCEPTED) {
      accepted.publishEvent(
          new ReportAccepted(
              moved.id(),
              moved.trackingCode(),
              moved.reporter(),
              moved.categoryCode(),
              moved.severity(),
              moved.gridCode(),
              moved.dueAt(),
              clock.instant()));
    }
    if (to == ReportStatus.RESOLVED) {
      resolved.publishEvent(
          new ReportResolved(moved.id(), moved.reporter(), moved.gridCode(), clock.instant()));
    }
  }

  /** Every timeline entry goes through here, so residents hear of each one (ReportNotices). */
  void record(Report r, String actor, String note) {
    ReportParts.Event entry =
        events.save(new ReportParts.Event(null, r.id(), r.status(), actor, note, clock.instant()));
    timeline.publishEvent(new TimelineWritten(r.id(), entry.id()));
  }

  List<ReportCategory> catalog() {
    return categories.findByActiveOrderBySortOrder(true);
  }

  private static String codes(List<GridSummary> candidates) {
    return candidates.isEmpty()
        ? null
        : candidates.stream().map(GridSummary::code).collect(Collectors.joining(","));
  }
}
