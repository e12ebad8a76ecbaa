package org.gridlink.surveys;

import io.micronaut.context.annotation.ConfigurationProperties;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;

/**
 * Surveys ({@code gridlink.surveys.*}): how long a follow-up stays open and when it is reminded,
 * the fairness thresholds that flag responses for review, and the prior weight of the smoothed
 * (Bayesian) score.
 */
@ConfigurationProperties("gridlink.surveys")
public class SurveysProperties {
  /** The reminder and tally schedules; tests switch them off and call the services themselves. */
  private boolean jobsEnabled = true;

  @NotNull private Duration followupOpen = Duration.ofDays(14);
  @NotNull private Duration remindAfter = Duration.ofDays(3);
  @NotNull private Duration burstWindow = Duration.ofHours(1);

  /** This many responses in one grid within the burst window from accounts newer than the start. */
  @Min(2)
  private int burstSize = 5;

  /** More responses than this from one device id are flagged. */
  @Min(1)
  private int perDevice = 2;

  /** More than this from one client address (allowing for shared networks) are flagged. */
  @Min(1)
  private int perNetwork = 20;

  /** This many identical non-blank comments are flagged. */
  @Min(2)
  private int sameComment = 3;

  /** Ratings of the city-wide mean added to every score (the Bayesian average's prior). */
  @Min(0)
  private int priorWeight = 10;

  /** How long one instance may hold a campaign's tally before another may take it over. */
  @NotNull private Duration tallyLease = Duration.ofMinutes(10);

  public boolean isJobsEnabled() {
    return jobsEnabled;
  }

  public void setJobsEnabled(boolean jobsEnabled) {
    this.jobsEnabled = jobsEnabled;
  }

  public Duration getFollowupOpen() {
    return followupOpen;
  }

  public void setFollowupOpen(Duration followupOpen) {
    this.followupOpen = followupOpen;
  }

  public Duration getRemindAfter() {
    return remindAfter;
  }

  public void setRemindAfter(Duration remindAfter) {
    this.remindAfter = remindAfter;
  }

  public Duration getBurstWindow() {
    return burstWindow;
  }

  public void setBurstWindow(Duration burstWindow) {
    this.burstWindow = burstWindow;
  }

  public int getBurstSize() {
    return burstSize;
  }

  public void setBurstSize(int burstSize) {
    this.burstSize = burstSize;
  }

  public int getPerDevice() {
    return perDevice;
  }

  public void setPerDevice(int perDevice) {
    this.perDevice = perDevice;
  }

  public int getPerNetwork() {
    return perNetwork;
  }

  public void setPerNetwork(int perNetwork) {
    this.perNetwork = perNetwork;
  }

  public int getSameComment() {
    return sameComment;
  }

  public void setSameComment(int sameComment) {
    this.sameComment = sameComment;
  }

  public int getPriorWeight() {
    return priorWeight;
  }

  public void setPriorWeight(int priorWeight) {
    this.priorWeight = priorWeight;
  }

  public Duration getTallyLease() {
    return tallyLease;
  }

  public void setTallyLease(Duration tallyLease) {
    this.tallyLease = tallyLease;
  }
}
