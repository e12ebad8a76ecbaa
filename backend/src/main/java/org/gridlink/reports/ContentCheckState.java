package org.gridlink.reports;

/**
 * Where WeChat's content check of a report's photos stands. Only PENDING may change, and only once,
 * so two instances (or a repeated callback) never both decide.
 */
public enum ContentCheckState {
  /** Waiting for every photo's verdict; the report stays UNDER_REVIEW. */
  PENDING,
  /** Every photo passed: the report went on as usual (screening queue or auto-accept). */
  PASSED,
  /** A photo was judged risky or needs review: staff decide, never an automatic rejection. */
  FLAGGED,
  /** Not every verdict came within the time limit: staff decide. */
  TIMED_OUT
}
