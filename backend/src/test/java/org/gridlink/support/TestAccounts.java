package org.gridlink.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Signs tests in the way people sign in: the first administrator with the configured one-time
 * password (then a new password), residents through the dev login, staff created by the admin.
 */
@Singleton
public class TestAccounts {
  public static final String NEW_ADMIN_PASSWORD = "Changed-Admin-2026";
  private final Api api;
  private final String adminUsername;
  private final String adminInitialPassword;
  private String adminToken;

  public TestAccounts(
      Api api,
      @Value("${gridlink.admin.username}") String adminUsername,
      @Value("${gridlink.admin.initial-password}") String adminInitialPassword) {
    this.api = api;
    this.adminUsername = adminUsername;
    this.adminInitialPassword = adminInitialPassword;
  }

  public String adminUsername() {
    return adminUsername;
  }

  public String adminInitialPassword() {
    return adminInitialPassword;
  }

  /** A token for the first administrator, after choosing a new password the first time. */
  public synchronized String admin() {
    if (adminToken == null) {
      var first = login(adminUsername, adminInitialPassword);
      if (first.status() == 200) {
        var changed =
            api.post(
                    "/api/v1/auth/password",
                    Map.of(
                        "currentPassword", adminInitialPassword, "newPassword", NEW_ADMIN_PASSWORD))
                .bearer(first.text("accessToken"))
                .send();
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        adminToken = changed.text("accessToken");
      } else {
        var again = login(adminUsername, NEW_ADMIN_PASSWORD);
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        adminToken = again.text("accessToken");
      }
    }
    return adminToken;
  }

  public Api.Response login(String username, String password) {
    return api.post("/api/v1/auth/login", Map.of("username", username, "password", password))
        .send();
  }

  public String dev(String role, String name) {
    var r = api.post("/api/v1/auth/dev", Map.of("role", role, "name", name)).send();
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.text("accessToken");
  }

  /** A fresh staff account (unique username) created by the admin, with a one-time password. */
  public StaffLogin newStaff(String displayName, String... roles) {
    String username = "staff-" + UUID.randomUUID().toString().substring(0, 8);
    String password = "One-Time-" + UUID.randomUUID().toString().substring(0, 6) + "9";
    var r =
        api.post(
                "/api/v1/admin/staff",
                Map.of(
                    "username", username,
                    "displayName", displayName,
                    "password", password,
                    "roles", List.of(roles)))
            .bearer(admin())
            .send();
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return new StaffLogin(((Number) r.field("id")).longValue(), username, password);
  }

  public record StaffLogin(long id, String username, String password) {}
}
