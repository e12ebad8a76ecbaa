package org.gridlink.wechat;

/** WeChat's content-security verdict (its {@code suggest}: pass, review, risky). */
public enum ContentVerdict {
  PASS,
  REVIEW,
  RISKY;

  static ContentVerdict of(String suggest) {
    if ("risky".equalsIgnoreCase(suggest)) {
      return RISKY;
    }
    if ("pass".equalsIgnoreCase(suggest)) {
      return PASS;
    }
    // Anything unknown goes to a person rather than straight through.
    return REVIEW;
  }
}
