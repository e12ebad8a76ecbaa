package org.gridlink.surveys;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What GET /api/v1/surveys shows a resident: only their own follow-ups and responses. */
@Singleton
class MySurveys {
  private final FollowupService followups;
  private final SurveyRepositories.Campaigns campaigns;
  private final SurveyRepositories.CampaignWorkers campaignWorkers;
  private final SurveyRepositories.Responses responses;
  private final SurveyRepositories.Ratings ratings;
  private final Eligibility eligibility;
  private final Clock clock;

  MySurveys(
      FollowupService followups,
      SurveyRepositories.Campaigns campaigns,
      SurveyRepositories.CampaignWorkers campaignWorkers,
      SurveyRepositories.Responses responses,
      SurveyRepositories.Ratings ratings,
      Eligibility eligibility,
      Clock clock) {
    this.followups = followups;
    this.campaigns = campaigns;
    this.campaignWorkers = campaignWorkers;
    this.responses = responses;
    this.ratings = ratings;
    this.eligibility = eligibility;
    this.clock = clock;
  }

  SurveyRecords.MySurveys of(String subject) {
    Instant now = clock.instant();
    List<SurveyRecords.FollowupView> asked =
        followups.mine(subject).stream().map(f -> view(f, now)).toList();
    Map<Long, SurveyEntities.Response> answered = new LinkedHashMap<>();
    responses.findByRespondent(subject).forEach(r -> answered.put(r.campaignId(), r));
    List<SurveyRecords.CampaignInvite> invites = new ArrayList<>();
    for (SurveyEntities.Campaign c :
        campaigns.findByStartsAtLessThanEqualsAndEndsAtGreaterThan(now, now)) {
      List<String> grids = eligibility.grids(subject, c);
      if (!grids.isEmpty() || answered.containsKey(c.id())) {
        invites.add(invite(c, grids, answered.remove(c.id()), now));
      }
    }
    for (SurveyEntities.Response r : answered.values()) {
      campaigns.findById(r.campaignId()).ifPresent(c -> invites.add(invite(c, List.of(), r, now)));
    }
    return new SurveyRecords.MySurveys(asked, invites);
  }

  SurveyRecords.CampaignInvite invite(
      SurveyEntities.Campaign c, List<String> grids, SurveyEntities.Response mine, Instant now) {
    List<SurveyRecords.GridToRate> toRate =
        grids.stream()
            .map(
                g ->
                    new SurveyRecords.GridToRate(
                        g,
                        campaignWorkers.findByIdCampaignIdAndIdGridCode(c.id(), g).stream()
                            .map(
                                w ->
                                    new SurveyRecords.WorkerToRate(
                                        w.id().workerId(), w.workerName(), w.workerRole()))
                            .toList()))
            .toList();
    return new SurveyRecords.CampaignInvite(
        c.id(), c.name(), c.startsAt(), c.endsAt(), c.isOpen(now), toRate, response(mine));
  }

  SurveyRecords.MyResponse response(SurveyEntities.Response r) {
    if (r == null) {
      return null;
    }
    return new SurveyRecords.MyResponse(
        r.gridCode(),
        r.knowsWorker(),
        ratings.findByIdResponseId(r.id()).stream()
            .map(x -> new SurveyRecords.WorkerRating(x.id().workerId(), Level.of(x.level())))
            .toList(),
        r.comment(),
        r.updatedAt());
  }

  static SurveyRecords.FollowupView view(SurveyEntities.Followup f, Instant now) {
    return new SurveyRecords.FollowupView(
        f.id(),
        f.refType(),
        f.refId(),
        f.createdAt(),
        f.expiresAt(),
        f.isOpen(now),
        f.fixed(),
        f.satisfaction(),
        f.comment(),
        f.answeredAt());
  }
}
