package org.gridlink.rewards;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.gridlink.points.PointsFacade;
import org.gridlink.support.Api;
import org.gridlink.support.TestAccounts;

/** Items through the staff API and volunteers with points, unique per run. */
final class RewardsFixtures {
  private final Api api;
  private final TestAccounts accounts;
  private final PointsFacade points;
  final String staff;

  RewardsFixtures(Api api, TestAccounts accounts, PointsFacade points) {
    this.api = api;
    this.accounts = accounts;
    this.points = points;
    this.staff = accounts.dev("STAFF", "rewards-staff");
  }

  /** A volunteer: token and subject. */
  record Volunteer(String token, String subject) {}

  Volunteer volunteer(long balance) {
    String name = "v-" + UUID.randomUUID().toString().substring(0, 12);
    Volunteer v = new Volunteer(accounts.dev("VOLUNTEER", name), "dev:VOLUNTEER:" + name);
    if (balance > 0) {
      points.earn(v.subject(), balance, "test-grant:" + UUID.randomUUID(), "test", "test");
    }
    return v;
  }

  Map<String, Object> item(long price, int stock) {
    Map<String, Object> b = new LinkedHashMap<>();
    b.put("name", "保温杯 " + UUID.randomUUID().toString().substring(0, 6));
    b.put("description", "社区志愿者纪念保温杯");
    b.put("pictureUrl", "https://example.org/cup.png");
    b.put("price", price);
    b.put("stock", stock);
    b.put("pickupPlace", "梧桐社区服务中心一楼");
    b.put("pickupDays", 7);
    b.put("active", true);
    return b;
  }

  long create(Map<String, Object> item) {
    var r = api.post("/api/v1/admin/rewards", item).bearer(staff).send();
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return ((Number) r.field("id")).longValue();
  }

  Api.Response redeem(Volunteer v, long itemId, String key) {
    return api.post("/api/v1/redemptions", Map.of("itemId", itemId))
        .header("Idempotency-Key", key)
        .bearer(v.token())
        .send();
  }

  Api.Response redeem(Volunteer v, long itemId) {
    return redeem(v, itemId, UUID.randomUUID().toString());
  }

  Api.Response verify(String code) {
    return api.post("/api/v1/admin/redemptions/verify", Map.of("code", code)).bearer(staff).send();
  }

  Api.Response cancel(Volunteer v, String ref) {
    return api.post("/api/v1/redemptions/" + ref + "/cancel", Map.of()).bearer(v.token()).send();
  }
}
