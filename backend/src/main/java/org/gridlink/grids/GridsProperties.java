package org.gridlink.grids;

import io.micronaut.context.annotation.ConfigurationProperties;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;

/** Settings of the grids feature ({@code gridlink.grids.*}). */
@ConfigurationProperties("gridlink.grids")
public class GridsProperties {
  /** Within this distance of a grid's boundary, neighbouring grids are offered as candidates. */
  @DecimalMin("0")
  private double boundaryMarginMetres = 30;

  /** Outside every grid, the nearest one within this distance is returned, flagged approximate. */
  @DecimalMin("0")
  private double nearestMetres = 2000;

  /** Overlaps (and holes) up to this area are survey noise, not errors. */
  @DecimalMin("0")
  private double toleranceSquareMetres = 1;

  /** Seed the demo city's central district when the grid tables are empty (embedded mode). */
  private boolean demoSeed = false;

  /** Seed of the demo city's random generator: the same seed builds the same city. */
  @Min(0)
  private long demoRandomSeed = 20261128;

  /**
   * A CJK font for the printable board: a TrueType/OpenType file, for a collection with ",index" (2
   * is Simplified Chinese in Noto Sans CJK). Debian package fonts-noto-cjk.
   */
  @jakarta.validation.constraints.NotBlank
  private String cjkFont = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc,2";

  /**
   * Map tiles for the console's and portal's maps, a Leaflet URL template such as
   * https://tile.example/{z}/{x}/{y}.png. Empty: the maps draw grids on a blank background.
   */
  @jakarta.validation.constraints.NotNull private String mapTileUrl = "";

  /** The attribution the tile provider asks for, shown in the map's corner. */
  @jakarta.validation.constraints.NotNull private String mapAttribution = "";

  /**
   * The coordinate system of those tiles: wgs84 (Tianditu, OpenStreetMap) or gcj02 (AMap, Tencent).
   * The portal sends taps on the map in it, and the backend converts them exactly.
   */
  @jakarta.validation.constraints.Pattern(regexp = "wgs84|gcj02")
  private String mapTileCrs = "wgs84";

  public String getMapTileCrs() {
    return mapTileCrs;
  }

  public void setMapTileCrs(String mapTileCrs) {
    this.mapTileCrs = mapTileCrs;
  }

  public String getMapTileUrl() {
    return mapTileUrl;
  }

  public void setMapTileUrl(String mapTileUrl) {
    this.mapTileUrl = mapTileUrl;
  }

  public String getMapAttribution() {
    return mapAttribution;
  }

  public void setMapAttribution(String mapAttribution) {
    this.mapAttribution = mapAttribution;
  }

  public String getCjkFont() {
    return cjkFont;
  }

  public void setCjkFont(String cjkFont) {
    this.cjkFont = cjkFont;
  }

  public double getBoundaryMarginMetres() {
    return boundaryMarginMetres;
  }

  public void setBoundaryMarginMetres(double boundaryMarginMetres) {
    this.boundaryMarginMetres = boundaryMarginMetres;
  }

  public double getNearestMetres() {
    return nearestMetres;
  }

  public void setNearestMetres(double nearestMetres) {
    this.nearestMetres = nearestMetres;
  }

  public double getToleranceSquareMetres() {
    return toleranceSquareMetres;
  }

  public void setToleranceSquareMetres(double toleranceSquareMetres) {
    this.toleranceSquareMetres = toleranceSquareMetres;
  }

  public boolean isDemoSeed() {
    return demoSeed;
  }

  public void setDemoSeed(boolean demoSeed) {
    this.demoSeed = demoSeed;
  }

  public long getDemoRandomSeed() {
    return demoRandomSeed;
  }

  public void setDemoRandomSeed(long demoRandomSeed) {
    this.demoRandomSeed = demoRandomSeed;
  }
}
