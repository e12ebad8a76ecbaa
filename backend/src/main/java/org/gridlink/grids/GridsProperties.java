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
