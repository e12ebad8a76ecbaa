package org.gridlink.volunteers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.gridlink.support.Api;
import org.gridlink.volunteers.VolunteerFixtures.Person;
import org.junit.jupiter.api.Test;

/**
 * Volunteers end to end through the API: applications and approval, capacity under parallel
 * sign-ups, the waitlist, QR check-in rules. H2 + in-process, and MariaDB + Redis.
 */
abstract class VolunteersContract extends VolunteerTestBase {
  @Test
  void anApplicationNeedsAPhoneAndOnlyStaffApprovalMakesAVolunteer() {
    Person noPhone = city.resident(false);
    var refused = city.apply(noPhone, "张三");
    assertThat(refused.status()).as(refused.body()).isEqualTo(409);
    assertThat(refused.text("type")).isEqualTo("urn:gridlink:problem:phone-required");

    Person p = city.resident(true);
    var applied = city.apply(p, "王小明");
    assertThat(applied.status()).as(applied.body()).isEqualTo(201);
    assertThat(applied.text("status")).isEqualTo("APPLIED");
    assertThat(applied.text("communityCode")).isEqualTo(city.community);
    assertThat(applied.field("phone")).as("residents never see the phone here").isNull();
    assertThat(api.get("/api/v1/me").bearer(p.token()).send().text("volunteerStatus"))
        .isEqualTo("APPLIED");
    assertThat(city.apply(p, "王小明").status()).isEqualTo(409);
    // The profile cannot promote itself.
    var self =
        api.request("PATCH", "/api/v1/me")
            .json(Map.of("volunteerStatus", "ACTIVE"))
            .bearer(p.token())
            .send();
    assertThat(self.status()).isEqualTo(400);

    long id = ((Number) applied.field("id")).longValue();
    var queue = api.get("/api/v1/admin/volunteers?status=APPLIED&size=100").bearer(staff).send();
    assertThat(queue.status()).as(queue.body()).isEqualTo(200);
    assertThat(queue.body()).contains("王小明").contains("\"phone\":\"136");
    assertThat(
            api.post("/api/v1/admin/volunteers/" + id + "/approve", Map.of())
                .bearer(p.token())
                .send()
                .status())
        .as("residents cannot approve")
        .isEqualTo(403);
    var approved =
        api.post("/api/v1/admin/volunteers/" + id + "/approve", Map.of()).bearer(staff).send();
    assertThat(approved.text("status")).isEqualTo("ACTIVE");
    var me = api.get("/api/v1/me").bearer(p.token()).send();
    assertThat(me.text("volunteerStatus")).isEqualTo("ACTIVE");
    assertThat(me.field("roles").toString()).contains("VOLUNTEER");

    Person other = city.resident(true);
    long otherId = ((Number) city.apply(other, "李四").field("id")).longValue();
    var rejected =
        api.post("/api/v1/admin/volunteers/" + otherId + "/reject", Map.of("reason", "请先完成培训"))
            .bearer(staff)
            .send();
    assertThat(rejected.text("status")).isEqualTo("REJECTED");
    var mine = api.get("/api/v1/volunteers/me").bearer(other.token()).send();
    assertThat(mine.text("rejectReason")).isEqualTo("请先完成培训");
    assertThat(api.get("/api/v1/me").bearer(other.token()).send().text("volunteerStatus"))
        .isEqualTo("NONE");
    long activity =
        city.activity(in(Duration.ofDays(1)), in(Duration.ofDays(1).plusHours(2)), 5, 1, 2);
    var notVolunteer = city.signUp(other, activity);
    assertThat(notVolunteer.status()).as(notVolunteer.body()).isEqualTo(403);
  }

  @Test
  void parallelSignUpsFillExactlyTheCapacityAndTheRestWaitInOrder() throws Exception {
    int capacity = 5;
    long activity =
        city.activity(in(Duration.ofDays(2)), in(Duration.ofDays(2).plusHours(2)), capacity, 1, 2);
    List<Person> people = new ArrayList<>();
    for (int i = 0; i < 16; i++) {
      people.add(city.volunteer());
    }
    ExecutorService pool = Executors.newFixedThreadPool(16);
    List<Future<Api.Response>> answers = new ArrayList<>();
    try {
      for (Person p : people) {
        Callable<Api.Response> call = () -> city.signUp(p, activity);
        answers.add(pool.submit(call));
      }
      int seats = 0;
      int waiting = 0;
      for (Future<Api.Response> f : answers) {
        Api.Response r = f.get();
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        if ("SIGNED_UP".equals(r.text("myStatus"))) {
          seats++;
        } else {
          assertThat(r.text("myStatus")).isEqualTo("WAITLISTED");
          waiting++;
        }
      }
      assertThat(seats).isEqualTo(capacity);
      assertThat(waiting).isEqualTo(people.size() - capacity);
    } finally {
      pool.shutdown();
    }
    var detail = api.get("/api/v1/activities/" + activity).bearer(people.get(0).token()).send();
    assertThat(((Number) detail.field("signedUp")).intValue()).isEqualTo(capacity);
    var list =
        api.parseList(
            api.get("/api/v1/admin/activities/" + activity + "/signups")
                .bearer(staff)
                .send()
                .body());
    assertThat(list).hasSize(people.size());
    assertThat(list.stream().filter(s -> "SIGNED_UP".equals(s.get("status")))).hasSize(capacity);

    // Signing up again changes nothing.
    Person seated = personWith(people, list, "SIGNED_UP");
    assertThat(city.signUp(seated, activity).text("myStatus")).isEqualTo("SIGNED_UP");

    // A cancelled seat goes to the first on the waitlist.
    Map<String, Object> firstWaiting =
        list.stream().filter(s -> "WAITLISTED".equals(s.get("status"))).findFirst().orElseThrow();
    var cancelled =
        api.request("DELETE", "/api/v1/activities/" + activity + "/signup")
            .bearer(seated.token())
            .send();
    assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
    assertThat(cancelled.text("myStatus")).isEqualTo("CANCELLED");
    assertThat(((Number) cancelled.field("signedUp")).intValue()).isEqualTo(capacity);
    var after =
        api.parseList(
            api.get("/api/v1/admin/activities/" + activity + "/signups")
                .bearer(staff)
                .send()
                .body());
    assertThat(
            after.stream()
                .filter(s -> s.get("id").equals(firstWaiting.get("id")))
                .findFirst()
                .orElseThrow()
                .get("status"))
        .isEqualTo("SIGNED_UP");
    assertThat(after.stream().filter(s -> "SIGNED_UP".equals(s.get("status")))).hasSize(capacity);
  }

  private static Person personWith(
      List<Person> people, List<Map<String, Object>> signups, String status) {
    long volunteerId =
        signups.stream()
            .filter(s -> status.equals(s.get("status")))
            .map(s -> ((Number) s.get("volunteerId")).longValue())
            .findFirst()
            .orElseThrow();
    return people.stream().filter(p -> p.volunteerId() == volunteerId).findFirst().orElseThrow();
  }

  @Test
  void checkInNeedsAGenuineCurrentTokenOnSiteAndHappensOnce() {
    Person v = city.volunteer();
    long activity = city.activity(in(Duration.ofMinutes(10)), in(Duration.ofHours(2)), 10, 1, 2);
    assertThat(city.signUp(v, activity).text("myStatus")).isEqualTo("SIGNED_UP");
    String token = city.qrToken(activity);

    String[] parts = token.split("\\.");
    String forged = parts[0] + "." + parts[1] + "." + "A".repeat(parts[2].length());
    assertProblem(
        city.scan(v, "check-in", forged, city.lat(), city.lng(), "wgs84"), 400, "qr-invalid");
    String otherActivity = (activity + 1) + "." + parts[1] + "." + parts[2];
    assertProblem(
        city.scan(v, "check-in", otherActivity, city.lat(), city.lng(), "wgs84"),
        400,
        "qr-invalid");
    assertProblem(
        city.scan(v, "check-in", "hello", city.lat(), city.lng(), "wgs84"), 400, "qr-invalid");

    // About 330 m north of the activity, with a 100 m geofence.
    var far = city.scan(v, "check-in", token, city.lat() + 0.003, city.lng(), "wgs84");
    assertProblem(far, 403, "outside-geofence");
    assertThat(far.text("detail")).contains("100");

    clock.advance(Duration.ofSeconds(61));
    assertProblem(
        city.scan(v, "check-in", token, city.lat(), city.lng(), "wgs84"), 400, "qr-expired");

    // The previous window still counts: a scan just as the code changes works.
    String fresh = city.qrToken(activity);
    clock.advance(Duration.ofSeconds(30));
    var in = city.scan(v, "check-in", fresh, city.lat() + 0.0005, city.lng(), "wgs84");
    assertThat(in.status()).as(in.body()).isEqualTo(200);
    assertThat(in.text("status")).isEqualTo("CHECKED_IN");
    assertProblem(
        city.scan(v, "check-in", city.qrToken(activity), city.lat(), city.lng(), "wgs84"),
        409,
        "conflict");

    var out = city.scan(v, "check-out", city.qrToken(activity), city.lat(), city.lng(), "wgs84");
    assertThat(out.status()).as(out.body()).isEqualTo(200);
    assertThat(out.text("status")).isEqualTo("CHECKED_OUT");
    assertProblem(
        city.scan(v, "check-out", city.qrToken(activity), city.lat(), city.lng(), "wgs84"),
        409,
        "conflict");

    Person stranger = city.volunteer();
    assertProblem(
        city.scan(stranger, "check-in", city.qrToken(activity), city.lat(), city.lng(), "wgs84"),
        409,
        "conflict");
  }

  @Test
  void aGcj02DeviceLocationIsConvertedBeforeTheGeofenceIsMeasured() {
    Person v = city.volunteer();
    // Published from a Chinese map (GCJ-02): stored in WGS-84, some hundreds of metres away.
    long activity =
        city.activity(
            in(Duration.ofMinutes(5)),
            in(Duration.ofHours(1)),
            3,
            1,
            2,
            city.lat(),
            city.lng(),
            "gcj02");
    city.signUp(v, activity);
    String token = city.qrToken(activity);
    assertProblem(
        city.scan(v, "check-in", token, city.lat(), city.lng(), "wgs84"), 403, "outside-geofence");
    var in = city.scan(v, "check-in", token, city.lat(), city.lng(), "gcj02");
    assertThat(in.status()).as(in.body()).isEqualTo(200);
  }

  static void assertProblem(Api.Response r, int status, String slug) {
    assertThat(r.status()).as(r.body()).isEqualTo(status);
    assertThat(r.text("type")).isEqualTo("urn:gridlink:problem:" + slug);
    assertThat(r.text("detail")).isNotBlank();
  }
}
