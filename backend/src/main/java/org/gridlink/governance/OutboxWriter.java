package org.gridlink.governance;

import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import org.gridlink.reports.ReportAccepted;
import org.gridlink.reports.ReportCase;
import org.gridlink.reports.ReportsFacade;

/**
 * Writes the outbound case when a report is accepted. The listener is synchronous, so the row is
 * inserted in the accepting transaction: either both the acceptance and the message exist, or
 * neither.
 */
@Singleton
class OutboxWriter implements ApplicationEventListener<ReportAccepted> {
  static final String KIND_CASE = "CASE";

  private final GovernanceRepositories.Outbox outbox;
  private final ReportsFacade reports;
  private final JsonMapper json;
  private final Clock clock;

  OutboxWriter(
      GovernanceRepositories.Outbox outbox, ReportsFacade reports, JsonMapper json, Clock clock) {
    this.outbox = outbox;
    this.reports = reports;
    this.json = json;
    this.clock = clock;
  }

  @Override
  public void onApplicationEvent(ReportAccepted event) {
    if (outbox.findByCaseIdAndKind(event.reportId(), KIND_CASE).isPresent()) {
      return;
    }
    ReportCase r =
        reports
            .forCase(event.reportId())
            .orElseThrow(() -> new IllegalStateException("accepted report vanished"));
    Instant now = clock.instant();
    try {
      String payload = json.writeValueAsString(payload(r, event.acceptedAt()));
      outbox.save(
          new GovernanceEntities.OutboxMessage(
              null,
              r.id(),
              KIND_CASE,
              payload,
              GovernanceEntities.OutboxStatus.PENDING,
              0,
              now,
              null,
              null,
              null,
              now,
              now,
              null));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static CasePayload payload(ReportCase r, Instant acceptedAt) {
    return new CasePayload(
        r.id(),
        r.trackingCode(),
        new CasePayload.Category(r.categoryCode(), r.categoryName()),
        r.severity().name(),
        r.dueAt(),
        CasePayload.Grid.of(r.gridCode()),
        new CasePayload.Location(r.lat(), r.lng(), "WGS-84", r.accuracyM()),
        r.address(),
        r.description(),
        r.mediaIds(),
        r.submittedAt(),
        acceptedAt,
        reporter(r));
  }

  /**
   * Contact details only with the reporter's consent and never for anonymous reports. GridLink
   * holds no phone numbers yet, so the phone is always omitted; the name is the one the resident
   * signed in with.
   */
  static CasePayload.Reporter reporter(ReportCase r) {
    if (!r.contactConsent() || r.anonymous()) {
      return null;
    }
    String subject = r.reporter();
    String name = subject.substring(subject.lastIndexOf(':') + 1);
    return new CasePayload.Reporter(name, null);
  }
}
