package org.gridlink.surveys;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The schedules: follow-up reminders, and the tally of campaigns still changing. Both are safe with
 * several instances: reminders are claimed one by one, a tally is leased per campaign.
 */
@Singleton
class SurveyJobs {
  private static final Logger LOG = LoggerFactory.getLogger(SurveyJobs.class);
  private final FollowupService followups;
  private final SurveyRepositories.Campaigns campaigns;
  private final Tally tally;
  private final SurveysProperties properties;
  private final Clock clock;

  SurveyJobs(
      FollowupService followups,
      SurveyRepositories.Campaigns campaigns,
      Tally tally,
      SurveysProperties properties,
      Clock clock) {
    this.followups = followups;
    this.campaigns = campaigns;
    this.tally = tally;
    this.properties = properties;
    this.clock = clock;
  }

  @Scheduled(fixedDelay = "${gridlink.surveys.reminder-interval:10m}", initialDelay = "1m")
  void remind() {
    if (properties.isJobsEnabled()) {
      followups.remind();
    }
  }

  @Scheduled(fixedDelay = "${gridlink.surveys.tally-interval:1m}", initialDelay = "45s")
  void tallyCampaigns() {
    if (properties.isJobsEnabled()) {
      tallyDue();
    }
  }

  /** Tallies every campaign that may have changed, each under a lease. */
  void tallyDue() {
    Instant now = clock.instant();
    for (SurveyEntities.Campaign c : campaigns.untallied(now)) {
      if (campaigns.leaseTally(c.id(), now, now.plus(properties.getTallyLease())) == 1) {
        try {
          tally.rebuild(c);
        } catch (RuntimeException e) {
          LOG.warn("Tally of campaign {} failed: {}", c.id(), e.getClass().getSimpleName());
        }
      }
    }
  }
}
