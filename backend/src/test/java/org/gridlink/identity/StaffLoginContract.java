package org.gridlink.identity;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.gridlink.support.Api;
import org.gridlink.support.MutableClock;
import org.gridlink.support.TestAccounts;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** Staff sign-in, one-time passwords, lockout and the audit log; run on H2 and on MariaDB. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class StaffLoginContract {
  @Inject Api api;
  @Inject TestAccounts accounts;
  @Inject MutableClock clock;

  @Test
  @Order(1)
  void firstAdminMustChooseANewPasswordBeforeAnythingElse() {
    var login = accounts.login(accounts.adminUsername(), accounts.adminInitialPassword());
    assertThat(login.status()).isEqualTo(200);
    assertThat(login.field("passwordChangeRequired")).isEqualTo(true);
    String oneTime = login.text("accessToken");

    var blocked = api.get("/api/v1/admin/staff").bearer(oneTime).send();
    assertThat(blocked.status()).isEqualTo(403);
    assertThat(blocked.text("type")).isEqualTo("urn:gridlink:problem:password-change-required");

    var weak =
        api.post(
                "/api/v1/auth/password",
                Map.of("currentPassword", accounts.adminInitialPassword(), "newPassword", "short"))
            .bearer(oneTime)
            .english()
            .send();
    assertThat(weak.status()).isEqualTo(400);
    assertThat(weak.header("Content-Type")).startsWith("application/problem+json");
    assertThat(weak.body()).contains("newPassword").contains("Use 12 to 64 characters");

    String token = accounts.admin();
    assertThat(api.get("/api/v1/admin/staff").bearer(token).send().status()).isEqualTo(200);
  }

  @Test
  void wrongPasswordsLockTheAccountForFifteenMinutes() {
    var staff = accounts.newStaff("王小明", "STAFF");
    for (int i = 1; i <= 4; i++) {
      var r = accounts.login(staff.username(), "Wrong-Password-" + i);
      assertThat(r.status()).as("attempt %d", i).isEqualTo(401);
      assertThat(r.text("type")).isEqualTo("urn:gridlink:problem:invalid-credentials");
    }
    var fifth = accounts.login(staff.username(), "Wrong-Password-5");
    assertThat(fifth.status()).isEqualTo(423);
    assertThat(fifth.text("detail")).contains("15");

    // Even the right password is refused while locked.
    assertThat(accounts.login(staff.username(), staff.password()).status()).isEqualTo(423);

    clock.advance(Duration.ofMinutes(16));
    assertThat(accounts.login(staff.username(), staff.password()).status()).isEqualTo(200);
  }

  @Test
  void unknownUsersGetTheSameAnswerAsWrongPasswords() {
    var r = accounts.login("nobody-" + System.nanoTime(), "Whatever-2026");
    assertThat(r.status()).isEqualTo(401);
    assertThat(r.text("type")).isEqualTo("urn:gridlink:problem:invalid-credentials");
  }

  @Test
  void staffWritesAndSignInsAreAudited() {
    var staff = accounts.newStaff("审计员", "STAFF");
    accounts.login(staff.username(), "Wrong-Password-1");
    var page = api.get("/api/v1/admin/audit?size=100").bearer(accounts.admin()).send();
    assertThat(page.status()).isEqualTo(200);
    @SuppressWarnings("unchecked")
    var items = (List<Map<String, Object>>) page.field("items");
    assertThat(items)
        .anySatisfy(
            e -> {
              assertThat(e.get("action")).isEqualTo("API_WRITE");
              assertThat(e.get("method")).isEqualTo("POST");
              assertThat(e.get("path")).isEqualTo("/api/v1/admin/staff");
              assertThat(e.get("status")).isEqualTo(201);
              assertThat(e.get("actor")).isEqualTo("staff:" + accounts.adminUsername());
              assertThat(e.get("ip")).isNotNull();
              assertThat(e.get("requestId")).isNotNull();
            });
    var forStaff =
        api.get("/api/v1/admin/audit?actor=staff:" + staff.username())
            .bearer(accounts.admin())
            .send();
    assertThat(forStaff.body()).contains("LOGIN_FAILED");
  }

  @Test
  void chineseAndEmojiSurviveTheRoundTrip() {
    String name = "社区网格员 张三 👍🏻";
    var staff = accounts.newStaff(name, "GRID_WORKER");
    var one = api.get("/api/v1/admin/staff/" + staff.id()).bearer(accounts.admin()).send();
    assertThat(one.text("displayName")).isEqualTo(name);
    var missing = api.get("/api/v1/admin/staff/999999999").bearer(accounts.admin()).send();
    assertThat(missing.status()).isEqualTo(404);
  }

  @Test
  void adminCannotCreateTwoAccountsWithOneUsernameOrGiveResidentRoles() {
    var staff = accounts.newStaff("甲", "STAFF");
    var again =
        api.post(
                "/api/v1/admin/staff",
                Map.of(
                    "username",
                    staff.username(),
                    "displayName",
                    "乙",
                    "password",
                    "Another-Pass-2026",
                    "roles",
                    List.of("STAFF")))
            .bearer(accounts.admin())
            .send();
    assertThat(again.status()).isEqualTo(409);
    var resident =
        api.post(
                "/api/v1/admin/staff",
                Map.of(
                    "username",
                    "resident-x",
                    "displayName",
                    "丙",
                    "password",
                    "Another-Pass-2026",
                    "roles",
                    List.of("RESIDENT")))
            .bearer(accounts.admin())
            .send();
    assertThat(resident.status()).isEqualTo(400);
  }
}
