package org.gridlink.servicerequests;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.gridlink.grids.GridSummary;
import org.gridlink.grids.GridsFacade;
import org.gridlink.identity.IdentityFacade;
import org.gridlink.identity.ResidentView;
import org.gridlink.media.MediaFacade;
import org.gridlink.media.MediaView;
import org.gridlink.servicerequests.ServiceRequestEntities.Assignee;
import org.gridlink.servicerequests.ServiceRequestEntities.Event;
import org.gridlink.servicerequests.ServiceRequestEntities.Photo;
import org.gridlink.servicerequests.ServiceRequestEntities.Request;
import org.gridlink.servicerequests.ServiceRequestRecords.Answer;
import org.gridlink.servicerequests.ServiceRequestRecords.RequestView;
import org.gridlink.servicerequests.ServiceRequestRecords.TimelineEntry;
import org.gridlink.servicerequests.ServiceRequestRepositories.Assignees;
import org.gridlink.servicerequests.ServiceRequestRepositories.Events;
import org.gridlink.servicerequests.ServiceRequestRepositories.Photos;
import org.gridlink.workers.WorkerCard;
import org.gridlink.workers.WorkersFacade;

/**
 * Builds what each audience sees of a request. Residents never see subjects or worker ids, only
 * workers' public names; workers and staff also see the resident's display name (not the phone).
 */
@Singleton
class RequestViews {
  /** Who is looking: residents see less. */
  enum Audience {
    RESIDENT,
    WORKER,
    STAFF
  }

  private final Events events;
  private final Photos photos;
  private final Assignees assignees;
  private final RequestTypes types;
  private final RequestForms forms;
  private final GridsFacade grids;
  private final WorkersFacade workers;
  private final IdentityFacade identity;
  private final MediaFacade media;
  private final Clock clock;

  RequestViews(
      Events events,
      Photos photos,
      Assignees assignees,
      RequestTypes types,
      RequestForms forms,
      GridsFacade grids,
      WorkersFacade workers,
      IdentityFacade identity,
      MediaFacade media,
      Clock clock) {
    this.events = events;
    this.photos = photos;
    this.assignees = assignees;
    this.types = types;
    this.forms = forms;
    this.grids = grids;
    this.workers = workers;
    this.identity = identity;
    this.media = media;
    this.clock = clock;
  }

  RequestView of(Request r, Audience audience, Locale locale) {
    Map<String, String> answers = forms.answers(r.answersJson());
    List<Answer> answered =
        types.fields(r.typeCode()).stream()
            .filter(f -> answers.containsKey(f.key()))
            .map(
                f ->
                    new Answer(
                        f.key(),
                        "zh".equals(locale.getLanguage()) ? f.labelZh() : f.labelEn(),
                        answers.get(f.key())))
            .toList();
    Set<Long> assigned =
        assignees.findByRequestId(r.id()).stream()
            .map(Assignee::workerId)
            .collect(Collectors.toSet());
    List<String> workerNames =
        workers.servingGrid(r.gridCode()).stream()
            .filter(w -> assigned.contains(w.id()))
            .map(WorkerCard::name)
            .toList();
    List<MediaView> pictures =
        photos.findByRequestIdOrderByPosition(r.id()).stream()
            .map(Photo::mediaId)
            .map(media::find)
            .flatMap(java.util.Optional::stream)
            .toList();
    String residentName =
        audience == Audience.RESIDENT
            ? null
            : identity.resident(r.resident()).map(ResidentView::displayName).orElse(null);
    return new RequestView(
        r.id(),
        r.typeCode(),
        types.name(r.typeCode(), locale),
        r.gridCode(),
        grids.summary(r.gridCode()).map(GridSummary::name).orElse(r.gridCode()),
        r.status().name(),
        answered,
        r.preferredTime(),
        pictures,
        workerNames,
        r.dueAt(),
        r.status().clockRuns() && r.dueAt().isBefore(clock.instant()),
        r.escalatedAt() != null,
        r.notDoneCount(),
        r.rating(),
        r.ratingComment(),
        residentName,
        events.findByRequestIdOrderById(r.id()).stream().map(RequestViews::entry).toList(),
        r.createdAt(),
        r.updatedAt());
  }

  private static TimelineEntry entry(Event e) {
    return new TimelineEntry(
        e.kind().name(),
        e.status().name(),
        e.actorKind().name(),
        e.actorName(),
        e.note(),
        e.occurredAt());
  }
}
