package org.gridlink.volunteers;

import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.gridlink.support.Api;
import org.gridlink.support.FakeWechat;
import org.gridlink.support.MutableClock;
import org.gridlink.support.TestAccounts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * What every volunteers contract needs: the fake WeChat (real sign-in and phone binding), a
 * leaderboard key prefix unique to the run, a staff member and a fresh community.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class VolunteerTestBase implements TestPropertyProvider {
  final FakeWechat wechat = new FakeWechat();

  /**
   * Unique per run: a test's leaderboard keys never meet anyone else's, and it deletes only its
   * own.
   */
  final String boardPrefix = "test:leaderboard:" + UUID.randomUUID() + ":";

  @Inject Api api;
  @Inject TestAccounts accounts;
  @Inject MutableClock clock;

  VolunteerFixtures city;
  String staff;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> props = new HashMap<>(wechat.properties());
    props.put("gridlink.volunteers.leaderboard-prefix", boardPrefix);
    props.put("gridlink.volunteers.daily-points-cap", "20");
    return props;
  }

  @BeforeAll
  void city() {
    staff = accounts.dev("STAFF", "社区工作人员");
    city = new VolunteerFixtures(api, wechat, staff);
  }

  @AfterAll
  void stopFake() {
    wechat.close();
  }

  Instant in(Duration d) {
    return clock.instant().plus(d);
  }
}
