package org.gridlink.grids;

/** The administrative levels above a grid, with the length of their codes. */
public enum AreaLevel {
  DISTRICT(6),
  STREET(9),
  COMMUNITY(12);

  private final int codeLength;

  AreaLevel(int codeLength) {
    this.codeLength = codeLength;
  }

  public int codeLength() {
    return codeLength;
  }
}
