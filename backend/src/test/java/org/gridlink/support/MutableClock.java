package org.gridlink.support;

import io.micronaut.context.annotation.Replaces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The tests' clock: real time plus whatever a test has moved it forward; a test can also stop it
 * for a moment, to make two things happen in the same instant.
 */
@Singleton
@Replaces(Clock.class)
public class MutableClock extends Clock {
  private volatile Duration offset = Duration.ZERO;
  private volatile Instant frozenAt;

  public void advance(Duration by) {
    offset = offset.plus(by);
  }

  /** Stops the clock at the current instant until {@link #unfreeze()}. */
  public void freeze() {
    frozenAt = instant();
  }

  public void unfreeze() {
    frozenAt = null;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }

  @Override
  public Instant instant() {
    Instant frozen = frozenAt;
    return frozen != null ? frozen : Instant.now().plus(offset);
  }
}
