package org.gridlink.reports;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** The rows that hang off a report. */
final class ReportParts {
  private ReportParts() {}

  @MappedEntity("report_photo")
  record Photo(
      @Id @GeneratedValue @Nullable Long id, long reportId, String mediaId, int position) {}

  /** One line of the timeline the resident follows: status, who (staff or system), a note. */
  @MappedEntity("report_event")
  record Event(
      @Id @GeneratedValue @Nullable Long id,
      long reportId,
      ReportStatus status,
      String actor,
      @Nullable String publicNote,
      Instant occurredAt) {}

  @MappedEntity("report_follower")
  record Follower(
      @Id @GeneratedValue @Nullable Long id, long reportId, String follower, Instant createdAt) {}
}
