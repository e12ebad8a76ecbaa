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

  /** The governance system asked the resident for more information; open until answered. */
  @MappedEntity("report_info_request")
  record InfoRequest(
      @Id @GeneratedValue @Nullable Long id,
      long reportId,
      String actor,
      @Nullable String publicNote,
      Instant requestedAt,
      @Nullable Instant answeredAt) {

    InfoRequest answered(Instant at) {
      return new InfoRequest(id, reportId, actor, publicNote, requestedAt, at);
    }
  }

  /** Text and/or photos the resident added; {@code mediaIds} comma-separated. */
  @MappedEntity("report_supplement")
  record Supplement(
      @Id @GeneratedValue @Nullable Long id,
      long reportId,
      String idempotencyKey,
      @Nullable String text,
      @Nullable String mediaIds,
      Instant createdAt) {}
}
