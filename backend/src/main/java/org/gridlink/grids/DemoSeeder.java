package org.gridlink.grids;

import jakarta.inject.Singleton;
import java.util.List;
import org.gridlink.common.config.GridlinkProperties;
import org.gridlink.workers.WorkersFacade;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Seeds the demo city's central district on the first start of the embedded mode, so the run
 * command shows a working lookup at once. Only when the grid tables are empty, and on a background
 * thread: later starts pay one count query.
 */
@Singleton
class DemoSeeder {
  private static final Logger LOG = LoggerFactory.getLogger(DemoSeeder.class);
  private final GridsProperties properties;
  private final GridlinkProperties gridlink;
  private final GridRegistry registry;
  private final GridImports imports;
  private final WorkersFacade workers;

  DemoSeeder(
      GridsProperties properties,
      GridlinkProperties gridlink,
      GridRegistry registry,
      GridImports imports,
      WorkersFacade workers) {
    this.properties = properties;
    this.gridlink = gridlink;
    this.registry = registry;
    this.imports = imports;
    this.workers = workers;
  }

  void seedInBackgroundIfWanted() {
    if (!properties.isDemoSeed() || !gridlink.isEmbedded() || !registry.isEmpty()) {
      return;
    }
    Thread t = new Thread(this::seedQuietly, "demo-city-seed");
    t.setDaemon(true);
    t.start();
  }

  private void seedQuietly() {
    try {
      seed();
    } catch (RuntimeException e) {
      LOG.warn("Demo city seeding failed; the grid tables stay as they are", e);
    }
  }

  /** Generates and stores the central district with its workers. */
  ImportResult seed() {
    long start = System.nanoTime();
    List<GridFeature> grids =
        new DemoCity(properties.getDemoRandomSeed(), DemoCity.FULL_CITY_GRIDS).grids(true);
    // Workers first: once the grids are in the index, their boards are complete.
    workers.createAll(DemoNames.workers(grids, properties.getDemoRandomSeed()));
    ImportResult result = imports.importTrusted(grids);
    LOG.info(
        "Demo city seeded: {} grids of {} in {} ms; try /api/v1/grids/locate?lat={}&lng={}",
        grids.size(),
        grids.isEmpty() ? "" : grids.get(0).districtName(),
        (System.nanoTime() - start) / 1_000_000,
        DemoCity.CENTRE_LAT,
        DemoCity.CENTRE_LNG);
    return result;
  }
}
