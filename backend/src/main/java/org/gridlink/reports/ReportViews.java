package org.gridlink.reports;

import jakarta.inject.Singleton;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.gridlink.media.MediaFacade;
import org.gridlink.media.MediaView;

/** Turns stored reports into what each audience may see. */
@Singleton
class ReportViews {
  private final ReportRepositories.Categories categories;
  private final ReportRepositories.Photos photos;
  private final ReportRepositories.Events events;
  private final ReportRepositories.Followers followers;
  private final ReportRepositories.InfoRequests requests;
  private final MediaFacade media;

  ReportViews(
      ReportRepositories.Categories categories,
      ReportRepositories.Photos photos,
      ReportRepositories.Events events,
      ReportRepositories.Followers followers,
      ReportRepositories.InfoRequests requests,
      MediaFacade media) {
    this.categories = categories;
    this.photos = photos;
    this.events = events;
    this.followers = followers;
    this.requests = requests;
    this.media = media;
  }

  ReportRecords.ReportView full(Report r, Locale locale) {
    List<MediaView> pictures =
        photos.findByReportIdOrderByPosition(r.id()).stream()
            .map(p -> media.find(p.mediaId()).orElse(null))
            .filter(java.util.Objects::nonNull)
            .toList();
    return new ReportRecords.ReportView(
        r.id(),
        r.trackingCode(),
        r.categoryCode(),
        categoryName(r.categoryCode(), locale),
        r.description(),
        r.lat(),
        r.lng(),
        r.address(),
        r.gridCode(),
        r.gridApproximate(),
        split(r.gridCandidates()),
        r.severity(),
        r.urgent(),
        r.anonymous(),
        r.status(),
        r.rejectReason(),
        r.duplicateOf(),
        split(r.flags()),
        r.dueAt(),
        r.createdAt(),
        followers.countByReportId(r.id()),
        pictures,
        timeline(r, false),
        requests
            .findFirstByReportIdAndAnsweredAtIsNullOrderByIdDesc(r.id())
            .filter(q -> r.status().isOpen())
            .map(q -> new ReportRecords.InfoRequest(q.publicNote(), q.requestedAt()))
            .orElse(null));
  }

  ReportRecords.TrackedReport tracked(Report r, Locale locale) {
    double lat = r.anonymous() ? Geo.coarse(r.lat()) : r.lat();
    double lng = r.anonymous() ? Geo.coarse(r.lng()) : r.lng();
    return new ReportRecords.TrackedReport(
        r.trackingCode(),
        categoryName(r.categoryCode(), locale),
        r.status(),
        lat,
        lng,
        r.gridCode(),
        r.createdAt(),
        r.dueAt(),
        timeline(r, true));
  }

  ReportRecords.NearbyReport nearby(Report r, long distance, Locale locale) {
    return new ReportRecords.NearbyReport(
        r.id(),
        r.trackingCode(),
        categoryName(r.categoryCode(), locale),
        r.status(),
        distance,
        r.createdAt(),
        followers.countByReportId(r.id()));
  }

  String categoryName(String code, Locale locale) {
    return categories
        .findById(code)
        .map(c -> "zh".equals(locale.getLanguage()) ? c.nameZh() : c.nameEn())
        .orElse(code);
  }

  /**
   * Entries never name the staff member: only whether staff (not the resident) acted. The public
   * (tracking-code) view leaves out what the resident wrote (their supplements).
   */
  private List<ReportRecords.TimelineEntry> timeline(Report r, boolean publicView) {
    return events.findByReportIdOrderById(r.id()).stream()
        .map(
            e ->
                new ReportRecords.TimelineEntry(
                    e.status(),
                    publicView && e.actor().equals(r.reporter()) ? null : e.publicNote(),
                    e.occurredAt(),
                    !e.actor().equals(r.reporter()) && !e.actor().equals(ReportService.SYSTEM)))
        .toList();
  }

  private static List<String> split(String csv) {
    return csv == null || csv.isBlank() ? List.of() : Arrays.asList(csv.split(","));
  }
}
