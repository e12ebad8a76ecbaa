package org.gridlink.governance;

import io.micronaut.context.annotation.ConfigurationProperties;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * The governance interface ({@code gridlink.governance.*}). {@code keys} maps key ids to shared
 * HMAC secrets: both sides sign with {@code key-id}, and inbound requests may use any listed key,
 * so a new key can be added before the old one is retired. Blank secrets count as absent.
 */
@ConfigurationProperties("gridlink.governance")
public class GovernanceProperties {
  @NotBlank private String baseUrl = "http://127.0.0.1:8091/v1";
  @NotBlank private String keyId = "dev";
  @NotNull private Map<String, String> keys = new HashMap<>();
  private boolean dispatchEnabled = true;
  private boolean pullEnabled = true;

  @Min(1)
  private int batchSize = 20;

  /**
   * Deliveries in flight at once per instance (each claimed message is sent by one thread). The
   * delivery threads hold no JDBC connection during HTTP calls; each records its share of a batch
   * in one transaction afterwards, so at most this many connections. Keep it below the pool (10 by
   * default) so after-commit notices still get connections (docs/benchmarks.md).
   */
  @Min(1)
  private int dispatchThreads = 4;

  @NotNull private Duration requestTimeout = Duration.ofSeconds(10);
  @NotNull private Duration lease = Duration.ofMinutes(2);
  @NotNull private Duration deadLetterAfter = Duration.ofHours(24);
  @NotNull private Duration clockTolerance = Duration.ofMinutes(5);

  /** The health indicator turns DOWN when the oldest pending message is older than this. */
  @NotNull private Duration maxPendingAge = Duration.ofMinutes(30);

  public String getBaseUrl() {
    return baseUrl;
  }

  public void setBaseUrl(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  public String getKeyId() {
    return keyId;
  }

  public void setKeyId(String keyId) {
    this.keyId = keyId;
  }

  public Map<String, String> getKeys() {
    return keys;
  }

  public void setKeys(Map<String, String> keys) {
    this.keys = keys;
  }

  /** The secret for a key id, or null when unknown or blank. */
  String secret(String id) {
    String s = id == null ? null : keys.get(id);
    return s == null || s.isBlank() ? null : s;
  }

  public boolean isDispatchEnabled() {
    return dispatchEnabled;
  }

  public void setDispatchEnabled(boolean dispatchEnabled) {
    this.dispatchEnabled = dispatchEnabled;
  }

  public boolean isPullEnabled() {
    return pullEnabled;
  }

  public void setPullEnabled(boolean pullEnabled) {
    this.pullEnabled = pullEnabled;
  }

  public int getBatchSize() {
    return batchSize;
  }

  public void setBatchSize(int batchSize) {
    this.batchSize = batchSize;
  }

  public int getDispatchThreads() {
    return dispatchThreads;
  }

  public void setDispatchThreads(int dispatchThreads) {
    this.dispatchThreads = dispatchThreads;
  }

  public Duration getRequestTimeout() {
    return requestTimeout;
  }

  public void setRequestTimeout(Duration requestTimeout) {
    this.requestTimeout = requestTimeout;
  }

  public Duration getLease() {
    return lease;
  }

  public void setLease(Duration lease) {
    this.lease = lease;
  }

  public Duration getDeadLetterAfter() {
    return deadLetterAfter;
  }

  public void setDeadLetterAfter(Duration deadLetterAfter) {
    this.deadLetterAfter = deadLetterAfter;
  }

  public Duration getClockTolerance() {
    return clockTolerance;
  }

  public void setClockTolerance(Duration clockTolerance) {
    this.clockTolerance = clockTolerance;
  }

  public Duration getMaxPendingAge() {
    return maxPendingAge;
  }

  public void setMaxPendingAge(Duration maxPendingAge) {
    this.maxPendingAge = maxPendingAge;
  }
}
