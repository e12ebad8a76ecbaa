package org.gridlink.surveys;

import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.gridlink.common.web.ProblemException;
import org.gridlink.identity.ResidentNotifier;
import org.gridlink.reports.ReportStatus;
import org.gridlink.reports.ReportsFacade;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Case follow-up: after a report is resolved or a service request is done, the resident is asked
 * once, for a limited time, whether it was fixed. "No" on a report reopens it; the reports feature
 * then sends the case update to the governance system.
 */
@Singleton
class FollowupService {
  static final String KIND = "SURVEY_INVITE";
  private static final Logger LOG = LoggerFactory.getLogger(FollowupService.class);

  private final SurveyRepositories.Followups followups;
  private final ReportsFacade reports;
  private final ResidentNotifier notifier;
  private final SurveysProperties properties;
  private final Clock clock;

  FollowupService(
      SurveyRepositories.Followups followups,
      ReportsFacade reports,
      ResidentNotifier notifier,
      SurveysProperties properties,
      Clock clock) {
    this.followups = followups;
    this.reports = reports;
    this.notifier = notifier;
    this.properties = properties;
    this.clock = clock;
  }

  /**
   * Asks the resident, unless a question about the same case is still open (a repeated event). Runs
   * in the publisher's transaction: the question exists exactly when the resolution does.
   */
  void ask(SurveyEntities.RefType type, long refId, String respondent, String gridCode) {
    Instant now = clock.instant();
    if (followups.existsByRefTypeAndRefIdAndAnsweredAtIsNullAndExpiresAtGreaterThan(
        type, refId, now)) {
      return;
    }
    int round = (int) followups.countByRefTypeAndRefId(type, refId) + 1;
    SurveyEntities.Followup saved =
        followups.save(
            new SurveyEntities.Followup(
                null,
                respondent,
                type,
                refId,
                round,
                gridCode,
                now,
                now.plus(properties.getFollowupOpen()),
                null,
                null,
                null,
                null,
                null));
    notice(saved, "notice.survey.followup");
  }

  List<SurveyEntities.Followup> mine(String subject) {
    return followups.findByRespondentOrderByCreatedAtDesc(subject);
  }

  /** Records the one-tap answer; a "no" on a report reopens it. 409 once answered or expired. */
  @Transactional
  SurveyEntities.Followup answer(long id, String subject, SurveyRecords.FollowupAnswer body) {
    SurveyEntities.Followup f =
        followups
            .findById(id)
            .filter(x -> x.respondent().equals(subject))
            .orElseThrow(() -> ProblemException.notFound("problem.surveys.followup-not-found"));
    Instant now = clock.instant();
    String comment = body.comment() == null || body.comment().isBlank() ? null : body.comment();
    if (!f.isOpen(now)
        || followups.answer(id, body.fixed().name(), body.satisfaction(), comment, now) != 1) {
      throw new ProblemException(
          HttpStatus.CONFLICT, "conflict", "problem.surveys.followup-closed");
    }
    if (body.fixed() == SurveyEntities.Fixed.NO && f.refType() == SurveyEntities.RefType.REPORT) {
      reopen(f.refId(), subject, comment);
    }
    return f.answered(body.fixed(), body.satisfaction(), comment, now);
  }

  private void reopen(long reportId, String subject, String comment) {
    ReportStatus status = reports.status(reportId).orElse(null);
    if (status == ReportStatus.RESOLVED || status == ReportStatus.CLOSED) {
      reports.reopen(reportId, subject, comment == null ? "居民反馈问题未解决" : "居民反馈未解决：" + comment);
    }
  }

  /**
   * Reminds residents who have not answered after remind-after, once. Each reminder is claimed by a
   * conditional update, so with several instances every resident is reminded exactly once.
   */
  int remind() {
    Instant now = clock.instant();
    int sent = 0;
    for (SurveyEntities.Followup f :
        followups
            .findByAnsweredAtIsNullAndRemindedAtIsNullAndCreatedAtLessThanAndExpiresAtGreaterThan(
                now.minus(properties.getRemindAfter()), now)) {
      if (followups.claimReminder(f.id(), now) == 1) {
        notice(f, "notice.survey.reminder");
        sent++;
      }
    }
    if (sent > 0) {
      LOG.info("Sent {} survey reminders", sent);
    }
    return sent;
  }

  private void notice(SurveyEntities.Followup f, String messageKey) {
    notifier.notifyMessage(
        f.respondent(),
        KIND,
        "survey",
        String.valueOf(f.id()),
        "#/surveys/followups/" + f.id(),
        messageKey);
  }
}
