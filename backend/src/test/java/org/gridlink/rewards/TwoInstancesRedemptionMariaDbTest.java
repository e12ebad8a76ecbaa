package org.gridlink.rewards;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.gridlink.common.web.ProblemException;
import org.gridlink.points.PointsFacade;
import org.gridlink.support.Api;
import org.gridlink.support.Concurrently;
import org.gridlink.support.LedgerInvariants;
import org.gridlink.support.MariaDbTest;
import org.gridlink.support.TestAccounts;
import org.junit.jupiter.api.Test;

/** Two GridLink instances (application contexts) redeeming one item from one MariaDB. */
@MariaDbTest
class TwoInstancesRedemptionMariaDbTest {
  @Inject Api api;
  @Inject TestAccounts accounts;
  @Inject PointsFacade points;
  @Inject RedemptionService service;
  @Inject LedgerInvariants invariants;

  @Test
  void fiveHundredRedemptionsSplitAcrossTwoInstancesNeverOversell() throws Exception {
    var f = new RewardsFixtures(api, accounts, points);
    long item = f.create(f.item(10, 50));
    List<String> subjects = new ArrayList<>();
    long affordable = 0;
    for (int i = 0; i < 100; i++) {
      long balance = (i % 4) * 10 + i % 7;
      affordable += balance / 10;
      subjects.add(f.volunteer(balance).subject());
    }
    try (ApplicationContext other =
        ApplicationContext.builder().environments("test", "mariadb").start()) {
      RedemptionService second = other.getBean(RedemptionService.class);
      List<Callable<Boolean>> work = new ArrayList<>();
      for (int i = 0; i < 500; i++) {
        String subject = subjects.get(i % 100);
        RedemptionService instance = i % 2 == 0 ? service : second;
        work.add(
            () -> {
              try {
                instance.redeem(item, subject, UUID.randomUUID().toString());
                return true;
              } catch (ProblemException e) {
                return false;
              }
            });
      }
      long ok = Concurrently.run(work, 32).stream().filter(b -> b).count();
      assertThat(ok).isEqualTo(Math.min(50, affordable));
      assertThat(invariants.scalar("SELECT stock FROM reward_item WHERE id = " + item))
          .isEqualTo(50 - ok);
    }
    invariants.check();
  }
}
