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
  private final Crypto crypto;

  public GridlinkProperties(
      Admin admin, Login login, Idempotency idempotency, Wechat wechat, Crypto crypto) {
    this.admin = admin;
    this.login = login;
    this.idempotency = idempotency;
    this.wechat = wechat;
    this.crypto = crypto;
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

  public Crypto getCrypto() {
    return crypto;
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

    /** Message push token: verifies the signature of WeChat's callbacks (wxa_media_check). */
    @Nullable private String token;

    /** Message push EncodingAESKey (only needed when WeChat pushes in safe mode). */
    @Nullable private String aesKey;

    /** Where the WeChat API lives; tests point it at a fake server on loopback. */
    @Nullable private String apiHostUrl;

    /** Connect and read timeout of every WeChat call. */
    @NotNull private Duration timeout = Duration.ofSeconds(5);

    /** Use stable_token, so several instances or tools never invalidate each other's token. */
    private boolean stableToken = true;

    public boolean isConfigured() {
      return appId != null && !appId.isBlank();
    }

    @Nullable
    public String getToken() {
      return token;
    }

    public void setToken(@Nullable String token) {
      this.token = token;
    }

    @Nullable
    public String getAesKey() {
      return aesKey;
    }

    public void setAesKey(@Nullable String aesKey) {
      this.aesKey = aesKey;
    }

    @Nullable
    public String getApiHostUrl() {
      return apiHostUrl;
    }

    public void setApiHostUrl(@Nullable String apiHostUrl) {
      this.apiHostUrl = apiHostUrl;
    }

    public Duration getTimeout() {
      return timeout;
    }

    public void setTimeout(Duration timeout) {
      this.timeout = timeout;
    }

    public boolean isStableToken() {
      return stableToken;
    }

    public void setStableToken(boolean stableToken) {
      this.stableToken = stableToken;
    }

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

  /**
   * Keys for personal data encrypted at rest. {@code phoneKeys} is {@code id:base64key,...} with
   * 32-byte AES keys; the first is used for new values, the others still decrypt older rows (key
   * rotation). {@code phoneHashKey} keys the HMAC that lets a phone number be looked up without
   * decrypting every row.
   */
  @ConfigurationProperties("crypto")
  public static class Crypto {
    @Nullable private String phoneKeys;
    @Nullable private String phoneHashKey;

    @Nullable
    public String getPhoneKeys() {
      return phoneKeys;
    }

    public void setPhoneKeys(@Nullable String phoneKeys) {
      this.phoneKeys = phoneKeys;
    }

    @Nullable
    public String getPhoneHashKey() {
      return phoneHashKey;
    }

    public void setPhoneHashKey(@Nullable String phoneHashKey) {
      this.phoneHashKey = phoneHashKey;
    }
  }
}
