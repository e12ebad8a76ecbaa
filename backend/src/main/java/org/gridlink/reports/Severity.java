package org.gridlink.reports;

/** Event levels 日常 / 一般 / 严重 used by grid offices; each has its own SLA per category. */
public enum Severity {
  DAILY,
  GENERAL,
  SERIOUS
}
