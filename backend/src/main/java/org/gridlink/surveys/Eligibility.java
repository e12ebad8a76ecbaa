package org.gridlink.surveys;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.gridlink.identity.IdentityFacade;

/**
 * Who may answer a campaign, and for which grids: residents whose home grid was in the campaign
 * when it started (a home grid chosen later does not count, so nobody can move in to vote), and
 * residents who had a case or request handled in one of its grids before it closed.
 */
@Singleton
class Eligibility {
  private final IdentityFacade identity;
  private final SurveyRepositories.Followups followups;
  private final SurveyRepositories.CampaignGrids campaignGrids;

  Eligibility(
      IdentityFacade identity,
      SurveyRepositories.Followups followups,
      SurveyRepositories.CampaignGrids campaignGrids) {
    this.identity = identity;
    this.followups = followups;
    this.campaignGrids = campaignGrids;
  }

  /** The campaign's grids this resident may rate; empty when they may not answer at all. */
  List<String> grids(String subject, SurveyEntities.Campaign campaign) {
    Set<String> candidates = new LinkedHashSet<>();
    identity.homeGridAt(subject, campaign.startsAt()).ifPresent(candidates::add);
    candidates.addAll(followups.handledGrids(subject, campaign.endsAt()));
    if (candidates.isEmpty()) {
      return List.of();
    }
    List<String> within = campaignGrids.within(campaign.id(), candidates);
    List<String> ordered = new ArrayList<>(candidates);
    ordered.retainAll(within);
    return ordered;
  }
}
