package org.gridlink.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.web.router.Router;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.gridlink.support.Api;
import org.gridlink.support.FakeWechat;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The resident's own profile, consents, phone, export and deletion; run on H2 and MariaDB. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ResidentProfileContract implements TestPropertyProvider {
  final FakeWechat wechat = new FakeWechat();

  @Inject Api api;
  @Inject DataSource dataSource;
  @Inject Router router;
  @Inject IdentityFacade identity;

  @Override
  public Map<String, String> getProperties() {
    return wechat.properties();
  }

  @AfterAll
  void stopFake() {
    wechat.close();
  }

  /** A new resident's session (access and refresh token). */
  Api.Response newResident() {
    var r =
        api.post("/api/v1/auth/wechat", Map.of("code", wechat.loginCode(wechat.newOpenid(), null)))
            .send();
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r;
  }

  Api.Response patch(String token, Map<String, Object> body) {
    return api.request("PATCH", "/api/v1/me").json(body).bearer(token).english().send();
  }

  @Test
  void aResidentEditsProfileAndConsents() {
    String token = newResident().text("accessToken");
    var fresh = api.get("/api/v1/me").bearer(token).send();
    assertThat(fresh.field("nickname")).isNull();
    assertThat(fresh.field("volunteerStatus")).isEqualTo("NONE");

    Map<String, Object> body = new HashMap<>();
    body.put("nickname", "李阿姨 🌸");
    body.put("avatarMediaId", "m_123");
    body.put("contactByPhone", true);
    body.put("volunteerStatus", "APPLIED");
    var changed = patch(token, body);
    assertThat(changed.status()).as(changed.body()).isEqualTo(200);
    assertThat(changed.text("nickname")).isEqualTo("李阿姨 🌸");
    assertThat(changed.field("homeGridCode")).isNull();
    @SuppressWarnings("unchecked")
    var consents = (Map<String, Object>) changed.field("consents");
    assertThat(consents).containsEntry("contactByPhone", true);
    assertThat(consents).containsEntry("shareContactWithGovernance", false);

    var cleared = patch(token, Map.of("shareContactWithGovernance", true));
    assertThat(cleared.text("nickname")).isEqualTo("李阿姨 🌸");
    // The home grid has its own endpoint (with history); the profile refuses it, saying where.
    var homeGrid = patch(token, Map.of("homeGridCode", "GX-0301"));
    assertThat(homeGrid.status()).isEqualTo(400);
    assertThat(homeGrid.text("detail")).contains("home grid page");
    assertThat(api.get("/api/v1/me").bearer(token).send().field("volunteerStatus"))
        .isEqualTo("APPLIED");
  }

  @Test
  void badValuesAreRefusedFieldByField() {
    String token = newResident().text("accessToken");
    var bad = patch(token, Map.of("homeGridCode", "<script>", "nickname", "x".repeat(41)));
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.body()).contains("homeGridCode").contains("nickname");

    var promote = patch(token, Map.of("volunteerStatus", "ACTIVE"));
    assertThat(promote.status()).isEqualTo(400);
    assertThat(api.get("/api/v1/me").bearer(token).send().field("roles"))
        .isEqualTo(List.of("RESIDENT"));
  }

  @Test
  void aTokenOnlyEverShowsItsOwnResident() {
    var a = newResident();
    var b = newResident();
    patch(a.text("accessToken"), Map.of("nickname", "Resident A"));
    patch(b.text("accessToken"), Map.of("nickname", "Resident B"));

    var meA = api.get("/api/v1/me").bearer(a.text("accessToken")).send();
    assertThat(meA.text("subject")).isEqualTo(a.text("subject"));
    assertThat(meA.body()).doesNotContain("Resident B");
    var exportA = api.get("/api/v1/me/export").bearer(a.text("accessToken")).send();
    assertThat(exportA.body()).contains("Resident A").doesNotContain("Resident B");
    // B is untouched by A's changes.
    assertThat(api.get("/api/v1/me").bearer(b.text("accessToken")).send().text("nickname"))
        .isEqualTo("Resident B");

    // No resident endpoint takes an id: there is nothing to point at someone else.
    assertThat(router.uriRoutes())
        .filteredOn(
            r -> {
              String t = r.getUriMatchTemplate().toString();
              return t.equals("/api/v1/me") || t.startsWith("/api/v1/me/");
            })
        .isNotEmpty()
        .allSatisfy(r -> assertThat(r.getUriMatchTemplate().toString()).doesNotContain("{"));
    // Staff and anonymous callers have no resident profile.
    assertThat(api.get("/api/v1/me").send().status()).isEqualTo(401);
  }

  @Test
  void aBoundPhoneIsEncryptedAtRestAndMaskedEverywhere() throws Exception {
    var session = newResident();
    String token = session.text("accessToken");
    var bound =
        api.post("/api/v1/me/phone", Map.of("code", wechat.phoneCode("13812345678")))
            .bearer(token)
            .send();
    assertThat(bound.status()).as(bound.body()).isEqualTo(200);
    assertThat(bound.text("phone")).isEqualTo("138****5678");
    assertThat(api.get("/api/v1/me").bearer(token).send().text("phone")).isEqualTo("138****5678");
    var export = api.get("/api/v1/me/export").bearer(token).send();
    assertThat(export.body()).contains("138****5678").doesNotContain("13812345678");

    String phone = "139" + String.format("%08d", (System.nanoTime() / 1000) % 100_000_000L);
    var second =
        api.post("/api/v1/me/phone", Map.of("code", wechat.phoneCode(phone))).bearer(token).send();
    assertThat(second.text("phone")).isEqualTo(phone.substring(0, 3) + "****" + phone.substring(7));
    assertThat(identity.residentByPhone(phone))
        .hasValueSatisfying(v -> assertThat(v.subject()).isEqualTo(session.text("subject")));
    assertThat(identity.residentByPhone("13812345678").map(ResidentView::subject))
        .isNotEqualTo(java.util.Optional.of(session.text("subject")));

    Map<String, String> row = phoneColumns(session.text("subject"));
    assertThat(row.get("phone_cipher")).isNotBlank().doesNotContain(phone);
    assertThat(row.get("phone_key_id")).isEqualTo("dev");
    assertThat(row.get("phone_hash")).hasSize(64).doesNotContain(phone);

    var used =
        api.post("/api/v1/me/phone", Map.of("code", "used-" + System.nanoTime()))
            .bearer(token)
            .send();
    assertThat(used.status()).isEqualTo(400);
    assertThat(used.text("type")).isEqualTo("urn:gridlink:problem:wechat-code-invalid");
  }

  @Test
  void deletingTheAccountErasesPersonalDataAndEndsEverySession() throws Exception {
    var session = newResident();
    String token = session.text("accessToken");
    patch(token, Map.of("nickname", "To be forgotten"));
    identity.changeHomeGrid(session.text("subject"), "GX-0999");
    api.post("/api/v1/me/phone", Map.of("code", wechat.phoneCode("13900001111")))
        .bearer(token)
        .send();

    var export = api.get("/api/v1/me/export").bearer(token).send();
    assertThat(export.status()).isEqualTo(200);
    assertThat(export.body()).contains("To be forgotten").contains("GX-0999").contains("openid");

    assertThat(api.request("DELETE", "/api/v1/me").bearer(token).send().status()).isEqualTo(204);
    assertThat(api.get("/api/v1/me").bearer(token).send().status()).isEqualTo(403);
    var refresh =
        api.post("/api/v1/auth/refresh", Map.of("refreshToken", session.text("refreshToken")))
            .send();
    assertThat(refresh.status()).isEqualTo(401);

    Map<String, String> row = phoneColumns(session.text("subject"));
    assertThat(row.get("phone_cipher")).isNull();
    assertThat(row.get("phone_hash")).isNull();
    assertThat(row.get("nickname")).isNull();
    assertThat(row.get("home_grid_code")).isNull();
    assertThat(homeGridRows(session.text("subject"))).isZero();
    assertThat(row.get("openid")).startsWith("erased:");
    assertThat(identity.residentByPhone("13900001111").map(ResidentView::subject))
        .isNotEqualTo(java.util.Optional.of(session.text("subject")));
  }

  private int homeGridRows(String subject) throws Exception {
    long id = Long.parseLong(subject.substring("resident:".length()));
    try (Connection c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
        PreparedStatement ps =
            c.prepareStatement("SELECT COUNT(*) FROM resident_home_grid WHERE resident_id = ?")) {
      ps.setLong(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    }
  }

  private Map<String, String> phoneColumns(String subject) throws Exception {
    long id = Long.parseLong(subject.substring("resident:".length()));
    DataSource raw = DelegatingDataSource.unwrapDataSource(dataSource);
    try (Connection c = raw.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT phone_cipher, phone_key_id, phone_hash, nickname, home_grid_code, openid"
                    + " FROM resident_account WHERE id = ?")) {
      ps.setLong(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        assertThat(rs.next()).isTrue();
        Map<String, String> row = new HashMap<>();
        for (String col :
            List.of(
                "phone_cipher",
                "phone_key_id",
                "phone_hash",
                "nickname",
                "home_grid_code",
                "openid")) {
          row.put(col, rs.getString(col));
        }
        return row;
      }
    }
  }
}
