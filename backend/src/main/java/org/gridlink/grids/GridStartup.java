package org.gridlink.grids;

import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import jakarta.inject.Singleton;

/**
 * Builds the index at start-up, before the first request. The demo city is seeded (embedded mode,
 * empty tables only) on a background thread, so start-up never waits for it.
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
    index.rebuild();
    seeder.seedInBackgroundIfWanted();
  }
}
