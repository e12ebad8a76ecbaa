package org.gridlink.rewards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.ApplicationContext;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The reminder lead time is checked when the settings are read: a bad one stops the service. */
class RewardsPropertiesTest {
  @Test
  void theReminderComesADayBeforeByDefaultAndMayBeConfigured() {
    try (var ctx = ApplicationContext.run(Map.of("gridlink.rewards.remind-before", "6h"), "test")) {
      assertThat(ctx.getBean(RewardsProperties.class).getRemindBefore())
          .isEqualTo(Duration.ofHours(6));
    }
    assertThat(new RewardsProperties().getRemindBefore()).isEqualTo(Duration.ofHours(24));
  }

  @Test
  void aLeadTimeOfZeroNegativeOrOverThirtyDaysIsRefused() {
    for (String bad : new String[] {"0s", "-2h", "31d"}) {
      assertThatThrownBy(
              () -> {
                try (var ctx =
                    ApplicationContext.run(Map.of("gridlink.rewards.remind-before", bad), "test")) {
                  ctx.getBean(RewardsProperties.class);
                }
              })
          .as(bad)
          .hasStackTraceContaining("remind-before must be more than zero and at most 30 days");
    }
  }
}
