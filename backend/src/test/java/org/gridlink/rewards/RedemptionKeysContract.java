package org.gridlink.rewards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.gridlink.common.web.ProblemException;
import org.gridlink.points.PointsFacade;
import org.gridlink.support.Api;
import org.gridlink.support.LedgerInvariants;
import org.gridlink.support.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the unique indexes of a redemption decide when it is written: a request key redeemed before,
 * and a short code already taken.
 */
abstract class RedemptionKeysContract {
  @Inject Api api;
  @Inject TestAccounts accounts;
  @Inject PointsFacade points;
  @Inject LedgerInvariants invariants;
  @Inject RedemptionService service;
  @Inject ScriptedPickupCodes codes;

  RewardsFixtures f;

  @BeforeEach
  void setUp() {
    f = new RewardsFixtures(api, accounts, points);
  }

  @AfterEach
  void invariantsHold() {
    invariants.check();
  }

  @Test
  void aShortCodeThatIsTakenIsDrawnAgain() {
    var first = f.redeem(f.volunteer(50), f.create(f.item(20, 5)));
    assertThat(first.status()).as(first.body()).isEqualTo(201);
    codes.nextShortCodes.add(first.text("shortCode"));
    var second = f.redeem(f.volunteer(50), f.create(f.item(20, 5)));
    assertThat(second.status()).as(second.body()).isEqualTo(201);
    assertThat(codes.nextShortCodes).isEmpty();
    assertThat(second.text("shortCode")).matches("\\d{8}").isNotEqualTo(first.text("shortCode"));
  }

  @Test
  void aRequestRedeemedBeforeIsAnsweredAsSuchEvenAtItsLimitAndBooksNothingMore() {
    var v = f.volunteer(100);
    Map<String, Object> once = new HashMap<>(f.item(20, 5));
    once.put("limitTotal", 1);
    long item = f.create(once);
    // Straight to the service: as if the Idempotency-Key record had expired meanwhile.
    var redeemed = service.redeem(item, v.subject(), "same-request");
    assertThatThrownBy(() -> service.redeem(item, v.subject(), "same-request"))
        .isInstanceOf(RedemptionService.AlreadyRedeemed.class);
    assertThat(service.byRequest(v.subject(), "same-request").ref())
        .isEqualTo(redeemed.redemption().ref());
    assertThatThrownBy(() -> service.redeem(item, v.subject(), "another-request"))
        .isInstanceOf(ProblemException.class)
        .hasMessageContaining("limit");
    assertThat(points.balance(v.subject())).isEqualTo(80);
    assertThat(invariants.scalar("SELECT stock FROM reward_item WHERE id = " + item)).isEqualTo(4);
  }
}
