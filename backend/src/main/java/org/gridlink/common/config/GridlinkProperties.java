package org.gridlink.common.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Duration;

/**
 * GridLink's own settings ({@code gridlink.*}), typed and validated at start-up. Each value's
 * environment variable and default are listed in the README.
 */
@ConfigurationProperties("gridlink")
public class GridlinkProperties {
  /** {@code embedded} (the one-command dev mode) or {@code production}. */
  @NotBlank
  @Pattern(regexp = "embedded|production")
  private String mode = "embedded";

  @NotBlank private String dataDir = "./data";
  @NotBlank private String publicUrl = "http://localhost:8080";

  private final Admin admin;
  private final Login login;
  private final Idempotency idempotency;
  private final Wechat wechat;

  public GridlinkProperties(Admin admin, Login login, Idempotency idempotency, Wechat wechat) {
    this.admin = admin;
    this.login = login;
    this.idempotency = idempotency;
    this.wechat = wechat;
  }

  public boolean isEmbedded() {
    return "embedded".equals(mode);
  }

  public String getMode() {
    return mode;
  }

  public void setMode(String mode) {
    this.mode = mode;
  }

  public String getDataDir() {
    return dataDir;
  }

  public void setDataDir(String dataDir) {
    this.dataDir = dataDir;
  }

  public String getPublicUrl() {
    return publicUrl;
  }

  public void setPublicUrl(String publicUrl) {
    this.publicUrl = publicUrl;
  }

  public Admin getAdmin() {
    return admin;
  }

  public Login getLogin() {
    return login;
  }

  public Idempotency getIdempotency() {
    return idempotency;
  }

  public Wechat getWechat() {
    return wechat;
  }

  /** The first administrator, created at first start. */
  @ConfigurationProperties("admin")
  public static class Admin {
    @NotBlank private String username = "admin";
    @Nullable private String initialPassword;

    public String getUsername() {
      return username;
    }

    public void setUsername(String username) {
      this.username = username;
    }

    @Nullable
    public String getInitialPassword() {
      return initialPassword;
    }

    public void setInitialPassword(@Nullable String initialPassword) {
      this.initialPassword = initialPassword;
    }
  }

  /** Staff login: lockout after repeated failures, per-IP rate limit, password hash cost. */
  @ConfigurationProperties("login")
  public static class Login {
    @Min(1)
    private int maxFailures = 5;

    @NotNull private Duration lockout = Duration.ofMinutes(15);

    @Min(1)
    private int rateLimitPerMinute = 20;

    /** BCrypt cost; 12 takes about a quarter of a second on these machines. */
    @Min(4)
    @Max(16)
    private int hashStrength = 12;

    public int getMaxFailures() {
      return maxFailures;
    }

    public void setMaxFailures(int maxFailures) {
      this.maxFailures = maxFailures;
    }

    public Duration getLockout() {
      return lockout;
    }

    public void setLockout(Duration lockout) {
      this.lockout = lockout;
    }

    public int getRateLimitPerMinute() {
      return rateLimitPerMinute;
    }

    public void setRateLimitPerMinute(int rateLimitPerMinute) {
      this.rateLimitPerMinute = rateLimitPerMinute;
    }

    public int getHashStrength() {
      return hashStrength;
    }

    public void setHashStrength(int hashStrength) {
      this.hashStrength = hashStrength;
    }
  }

  /** How long an {@code Idempotency-Key}'s first answer is kept for replay. */
  @ConfigurationProperties("idempotency")
  public static class Idempotency {
    @NotNull private Duration retention = Duration.ofHours(24);

    public Duration getRetention() {
      return retention;
    }

    public void setRetention(Duration retention) {
      this.retention = retention;
    }
  }

  /** Mini-program credentials; absent in embedded mode (WeChat runs in dev mode). */
  @ConfigurationProperties("wechat")
  public static class Wechat {
    @Nullable private String appId;
    @Nullable private String secret;

    @Nullable
    public String getAppId() {
      return appId;
    }

    public void setAppId(@Nullable String appId) {
      this.appId = appId;
    }

    @Nullable
    public String getSecret() {
      return secret;
    }

    public void setSecret(@Nullable String secret) {
      this.secret = secret;
    }
  }
}
