package org.gridlink.volunteers;

import io.micronaut.context.annotation.ConfigurationProperties;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.ZoneId;

/** Settings of the volunteers feature ({@code gridlink.volunteers.*}). */
@ConfigurationProperties("gridlink.volunteers")
public class VolunteersProperties {
  /**
   * Signs the check-in QR tokens (HMAC-SHA256). Comes from configuration only (application.yml's
   * embedded default starts with dev-only-, which ProductionGuard refuses).
   */
  @NotBlank
  @Size(min = 32)
  private String qrKey;

  /** A QR token is valid in its window and the one after (scanned just before it changed). */
  @NotNull private Duration qrWindow = Duration.ofSeconds(30);

  /** Check-in opens this long before an activity starts. */
  @NotNull private Duration checkInOpensBefore = Duration.ofMinutes(30);

  /** Check-out stays open this long after an activity ends. */
  @NotNull private Duration checkOutClosesAfter = Duration.ofHours(2);

  /** Points one volunteer may earn from service hours on one day, over all activities. */
  @Min(0)
  private long dailyPointsCap = 20;

  /** The zone of "today" for the daily cap and of "this month" for the leaderboards. */
  @NotNull private ZoneId zone = ZoneId.of("Asia/Shanghai");

  /** Prefix of the leaderboard keys in Redis (tests use a unique one). */
  @NotBlank private String leaderboardPrefix = "gridlink:leaderboard:";

  /** How many places a leaderboard shows. */
  @Min(1)
  private int leaderboardSize = 50;

  public String getQrKey() {
    return qrKey;
  }

  public void setQrKey(String qrKey) {
    this.qrKey = qrKey;
  }

  public Duration getQrWindow() {
    return qrWindow;
  }

  public void setQrWindow(Duration qrWindow) {
    this.qrWindow = qrWindow;
  }

  public Duration getCheckInOpensBefore() {
    return checkInOpensBefore;
  }

  public void setCheckInOpensBefore(Duration checkInOpensBefore) {
    this.checkInOpensBefore = checkInOpensBefore;
  }

  public Duration getCheckOutClosesAfter() {
    return checkOutClosesAfter;
  }

  public void setCheckOutClosesAfter(Duration checkOutClosesAfter) {
    this.checkOutClosesAfter = checkOutClosesAfter;
  }

  public long getDailyPointsCap() {
    return dailyPointsCap;
  }

  public void setDailyPointsCap(long dailyPointsCap) {
    this.dailyPointsCap = dailyPointsCap;
  }

  public ZoneId getZone() {
    return zone;
  }

  public void setZone(ZoneId zone) {
    this.zone = zone;
  }

  public String getLeaderboardPrefix() {
    return leaderboardPrefix;
  }

  public void setLeaderboardPrefix(String leaderboardPrefix) {
    this.leaderboardPrefix = leaderboardPrefix;
  }

  public int getLeaderboardSize() {
    return leaderboardSize;
  }

  public void setLeaderboardSize(int leaderboardSize) {
    this.leaderboardSize = leaderboardSize;
  }
}
