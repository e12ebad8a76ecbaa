package org.gridlink.identity;

import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.context.exceptions.ConfigurationException;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.util.EnumSet;
import org.gridlink.common.config.GridlinkProperties;
import org.gridlink.common.web.ProblemException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the first administrator at first start. Embedded: with a generated one-time password
 * printed to the log. Production: with the one-time password from configuration, and start-up stops
 * if it is missing. Either way it must be changed at first sign-in.
 */
@Singleton
class AdminBootstrap implements ApplicationEventListener<StartupEvent> {
  private static final Logger LOG = LoggerFactory.getLogger(AdminBootstrap.class);
  private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";

  private final StaffAccounts staff;
  private final GridlinkProperties properties;

  AdminBootstrap(StaffAccounts staff, GridlinkProperties properties) {
    this.staff = staff;
    this.properties = properties;
  }

  @Override
  public void onApplicationEvent(StartupEvent event) {
    String username = properties.getAdmin().getUsername();
    if (staff.exists(username)) {
      return;
    }
    String configured = properties.getAdmin().getInitialPassword();
    boolean generated = configured == null || configured.isBlank();
    if (generated && !properties.isEmbedded()) {
      throw new ConfigurationException(
          "GRIDLINK_ADMIN_INITIAL_PASSWORD is missing: production needs it to create the first"
              + " administrator '"
              + username
              + "' (it must be changed at first sign-in)");
    }
    String password = generated ? randomPassword() : configured;
    try {
      staff.createWithOneTimePassword(
          username, "系统管理员", password, EnumSet.of(Role.ADMIN, Role.STAFF));
    } catch (ProblemException e) {
      throw new ConfigurationException(
          "GRIDLINK_ADMIN_INITIAL_PASSWORD breaks the password rules (12-64 characters, letters"
              + " and digits, not containing the username)");
    }
    if (generated) {
      LOG.warn(
          "Created administrator '{}' with one-time password: {}  (change it at first sign-in at"
              + " /console/)",
          username,
          password);
    } else {
      LOG.info("Created administrator '{}' with the configured one-time password", username);
    }
  }

  private static String randomPassword() {
    SecureRandom random = new SecureRandom();
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 16; i++) {
      sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    // Guarantee a digit and a letter whatever the draw.
    return sb.append(random.nextInt(10)).append('x').toString();
  }
}
