package org.gridlink.grids;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.Locale;

/**
 * Imports the 13,000-grid demo city as GeoJSON through the real path (parse, whole-city validation,
 * one H2 transaction, index rebuild) and prints the time and the peak heap. Run: see
 * docs/benchmarks.md ("Grids").
 */
public final class GridImportMeasure {
  private GridImportMeasure() {}

  public static void main(String[] args) throws Exception {
    try (ApplicationContext context = ApplicationContext.run("test")) {
      List<GridFeature> city = new DemoCity(20261128, DemoCity.FULL_CITY_GRIDS).grids(false);
      byte[] geoJson =
          context.getBean(JsonMapper.class).writeValueAsBytes(GeoJsonCodec.write(city));
      GridImports imports = context.getBean(GridImports.class);
      System.gc();
      List<MemoryPoolMXBean> heap =
          ManagementFactory.getMemoryPoolMXBeans().stream()
              .filter(p -> p.getType() == MemoryType.HEAP)
              .toList();
      heap.forEach(MemoryPoolMXBean::resetPeakUsage);
      long start = System.nanoTime();
      ImportResult result = imports.importGeoJson(geoJson, Locale.ENGLISH);
      long millis = (System.nanoTime() - start) / 1_000_000;
      long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
      System.out.printf(
          "Imported %d grids (%.1f MB of GeoJSON) in %d ms; peak heap %d MB; %s%n",
          city.size(), geoJson.length / 1e6, millis, peak >> 20, result);
    }
  }
}
