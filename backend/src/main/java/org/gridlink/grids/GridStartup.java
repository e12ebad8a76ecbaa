package org.gridlink.grids;

import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import jakarta.inject.Singleton;

/**
 * Builds the index at start-up on a background thread, so the service answers (health, sign-in,
 * everything but lookups) while it loads; a lookup in that first second waits for it rather than
 * answering "no grid". The demo city is seeded (embedded mode, empty tables only) in the background
 * too, so start-up never waits for it.
 */
@Singleton
class GridStartup implements ApplicationEventListener<StartupEvent> {
  private final GridIndexHolder index;
  private final DemoSeeder seeder;

  GridStartup(GridIndexHolder index, DemoSeeder seeder) {
    this.index = index;
    this.seeder = seeder;
  }

  @Override
  public void onApplicationEvent(StartupEvent event) {
    Thread build = new Thread(index::rebuild, "grid-index-initial");
    build.setDaemon(true);
    build.start();
    seeder.seedInBackgroundIfWanted();
  }
}
