package org.gridlink.rewards;

import io.micronaut.context.annotation.Replaces;
import jakarta.inject.Singleton;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * {@link PickupCodes} that hands out queued short codes first (to force a collision), else random.
 */
@Singleton
@Replaces(PickupCodes.class)
class ScriptedPickupCodes extends PickupCodes {
  final Queue<String> nextShortCodes = new ConcurrentLinkedQueue<>();

  @Override
  String shortCode() {
    String queued = nextShortCodes.poll();
    return queued != null ? queued : super.shortCode();
  }
}
