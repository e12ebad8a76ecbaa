package org.gridlink.common.time;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * The one source of "now". Code takes a {@link Clock} instead of calling {@code Instant.now()}, so
 * tests can replace it (see the test {@code MutableClock}) to check lockouts, expiries and due
 * dates without sleeping.
 */
@Factory
class ClockFactory {
  @Singleton
  Clock clock() {
    return Clock.systemUTC();
  }
}
