package org.gridlink.governance;

import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.gridlink.reports.ReportAccepted;
import org.gridlink.reports.ReportCase;
import org.gridlink.reports.ReportReopened;
import org.gridlink.reports.ReportSupplemented;
import org.gridlink.reports.ReportsFacade;

/**
 * Writes the outbound case when a report is accepted, and a case update when the resident adds
 * information or the report is reopened. The listeners are synchronous, so each row is inserted in
 * the transaction that caused it: either both the change and the message exist, or neither.
 */
@Singleton
class OutboxWriter implements ApplicationEventListener<ReportAccepted> {
  static final String KIND_CASE = "CASE";
  static final String KIND_UPDATE = "UPDATE";

  private final GovernanceRepositories.Outbox outbox;
  private final GovernanceRepositories.Cases cases;
  private final GovernanceRepositories.Reopenings reopenings;
  private final ReportsFacade reports;
  private final JsonMapper json;
  private final Clock clock;

  OutboxWriter(
      GovernanceRepositories.Outbox outbox,
      GovernanceRepositories.Cases cases,
      GovernanceRepositories.Reopenings reopenings,
      ReportsFacade reports,
      JsonMapper json,
      Clock clock) {
    this.outbox = outbox;
    this.cases = cases;
    this.reopenings = reopenings;
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
    save(r.id(), KIND_CASE, "", payload(r, event.acceptedAt()));
    // The facts the department ratings need, kept with the case (see DepartmentOutcome).
    cases.save(
        GovernanceEntities.CaseFacts.sent(r.id(), r.gridCode(), r.dueAt(), event.acceptedAt()));
  }

  @EventListener
  void onSupplemented(ReportSupplemented event) {
    update(
        event.reportId(), CaseUpdatePayload.SUPPLEMENT, event.text(), event.mediaIds(), event.at());
  }

  @EventListener
  void onReopened(ReportReopened event) {
    if (update(event.reportId(), CaseUpdatePayload.REOPEN, event.note(), List.of(), event.at())) {
      reopenings.save(new GovernanceEntities.Reopening(null, event.reportId(), event.at()));
    }
  }

  /**
   * A case update; a report that never became a case (not accepted) has nothing to update. True
   * when the update was queued.
   */
  private boolean update(long caseId, String kind, String text, List<String> media, Instant at) {
    if (outbox.findByCaseIdAndKind(caseId, KIND_CASE).isEmpty()) {
      return false;
    }
    String updateId = UUID.randomUUID().toString();
    save(
        caseId,
        KIND_UPDATE,
        updateId,
        new CaseUpdatePayload(updateId, caseId, kind, text, media, at));
    return true;
  }

  private void save(long caseId, String kind, String ref, Object payload) {
    Instant now = clock.instant();
    try {
      outbox.save(
          new GovernanceEntities.OutboxMessage(
              null,
              caseId,
              kind,
              ref,
              json.writeValueAsString(payload),
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
