package org.gridlink.common.config;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.env.Environment;
import io.micronaut.context.exceptions.ConfigurationException;
import java.util.ArrayList;
import java.util.List;

/**
 * In the {@code prod} environment, refuses to start until every real dependency and secret is
 * configured, naming each one that is missing or still a development default. The embedded mode
 * (H2, in-process stand-ins, dev login) can therefore never be reached in production.
 */
@Context
@Requires(env = "prod")
public class ProductionGuard {
  /** The JWT secret shipped in application.yml for the embedded mode only. */
  static final String DEV_JWT_SECRET_PREFIX = "dev-only-";

  /** The key id of the phone encryption key shipped for the embedded mode only. */
  static final String DEV_KEY_ID = "dev";

  public ProductionGuard(Environment environment) {
    List<String> problems = check(environment);
    if (!problems.isEmpty()) {
      throw new ConfigurationException(
          "GridLink refuses to start in production:\n - " + String.join("\n - ", problems));
    }
  }

  static List<String> check(Environment env) {
    List<String> problems = new ArrayList<>();
    String mode = env.getProperty("gridlink.mode", String.class).orElse("");
    if (!"production".equals(mode)) {
      problems.add("gridlink.mode is '" + mode + "'; production requires 'production'");
    }
    String dbUrl = env.getProperty("datasources.default.url", String.class).orElse("");
    if (dbUrl.isBlank()) {
      problems.add("GRIDLINK_DB_URL is missing (a jdbc:mysql:// URL to MySQL or MariaDB)");
    } else if (!dbUrl.startsWith("jdbc:mysql:") && !dbUrl.startsWith("jdbc:mariadb:")) {
      problems.add(
          "GRIDLINK_DB_URL must point to MySQL/MariaDB (jdbc:mysql://...); the embedded database is"
              + " not allowed in production");
    }
    if (env.getProperty("datasources.default.username", String.class).orElse("").isBlank()) {
      problems.add("GRIDLINK_DB_USER is missing");
    }
    if (env.getProperty("redis.uri", String.class).orElse("").isBlank()) {
      problems.add("REDIS_URI is missing (e.g. redis://host:6379)");
    }
    if (env.getProperty("gridlink.wechat.app-id", String.class).orElse("").isBlank()) {
      problems.add("GRIDLINK_WECHAT_APP_ID is missing (the mini-program's AppID)");
    }
    if (env.getProperty("gridlink.wechat.secret", String.class).orElse("").isBlank()) {
      problems.add("GRIDLINK_WECHAT_SECRET is missing (the mini-program's AppSecret)");
    }
    String phoneKeys = env.getProperty("gridlink.crypto.phone-keys", String.class).orElse("");
    if (phoneKeys.isBlank()) {
      problems.add(
          "GRIDLINK_PHONE_KEYS is missing (id:base64 of 32 random bytes, e.g. 2026a:...; the"
              + " first key encrypts phone numbers)");
    } else if (phoneKeys.startsWith(DEV_KEY_ID + ":")
        || phoneKeys.contains("," + DEV_KEY_ID + ":")) {
      problems.add("GRIDLINK_PHONE_KEYS still holds the development key 'dev'");
    }
    String hashKey = env.getProperty("gridlink.crypto.phone-hash-key", String.class).orElse("");
    if (hashKey.isBlank()) {
      problems.add("GRIDLINK_PHONE_HASH_KEY is missing (at least 32 random characters)");
    } else if (hashKey.startsWith(DEV_JWT_SECRET_PREFIX)) {
      problems.add("GRIDLINK_PHONE_HASH_KEY is still the development default");
    } else if (hashKey.length() < 32) {
      problems.add("GRIDLINK_PHONE_HASH_KEY is too short (at least 32 characters)");
    }
    if (env.getProperty("gridlink.wechat.token", String.class).orElse("").isBlank()) {
      problems.add(
          "GRIDLINK_WECHAT_TOKEN is missing (the message push token set in the mini-program"
              + " console; it verifies WeChat's callbacks)");
    }
    String jwt =
        env.getProperty(
                "micronaut.security.token.jwt.signatures.secret.generator.secret", String.class)
            .orElse("");
    if (jwt.isBlank()) {
      problems.add("GRIDLINK_JWT_SECRET is missing (at least 32 random characters)");
    } else if (jwt.startsWith(DEV_JWT_SECRET_PREFIX)) {
      problems.add("GRIDLINK_JWT_SECRET is still the development default");
    } else if (jwt.length() < 32) {
      problems.add("GRIDLINK_JWT_SECRET is too short (at least 32 characters)");
    }
    String mediaKey = env.getProperty("gridlink.media.signing-key", String.class).orElse("");
    if (mediaKey.isBlank() || mediaKey.startsWith(DEV_JWT_SECRET_PREFIX)) {
      problems.add(
          "GRIDLINK_MEDIA_SIGNING_KEY is missing or still the development default (32+ random"
              + " characters; it signs photo URLs)");
    }
    checkGovernance(env, problems);
    String qrKey = env.getProperty("gridlink.volunteers.qr-key", String.class).orElse("");
    if (qrKey.isBlank() || qrKey.startsWith(DEV_JWT_SECRET_PREFIX) || qrKey.length() < 32) {
      problems.add(
          "GRIDLINK_VOLUNTEER_QR_KEY is missing, too short or still the development default (32+"
              + " random characters; it signs the check-in QR codes)");
    }
    return problems;
  }

  /** The governance interface: a real base URL and a real signing key for the key id in use. */
  private static void checkGovernance(Environment env, List<String> problems) {
    String base = env.getProperty("gridlink.governance.base-url", String.class).orElse("");
    if (base.isBlank()) {
      problems.add("GRIDLINK_GOVERNANCE_BASE_URL is missing (the governance system's /v1 base)");
    }
    String keyId = env.getProperty("gridlink.governance.key-id", String.class).orElse("");
    if (keyId.isBlank()) {
      problems.add("GRIDLINK_GOVERNANCE_KEY_ID is missing (the id of the shared signing key)");
      return;
    }
    String secret = env.getProperty("gridlink.governance.keys." + keyId, String.class).orElse("");
    if (secret.isBlank()) {
      problems.add(
          "GRIDLINK_GOVERNANCE_KEYS_"
              + keyId.toUpperCase(java.util.Locale.ROOT)
              + " is missing (the secret of governance key '"
              + keyId
              + "', 32+ random characters)");
    } else if (secret.startsWith(DEV_JWT_SECRET_PREFIX) || secret.length() < 32) {
      problems.add(
          "The governance key '"
              + keyId
              + "' is a development default or shorter than 32 characters");
    }
  }
}
