package org.gridlink.wechat;

/** What became of one subscribe message. Only FAILED is worth retrying later. */
public enum SubscribeResult {
  /** Delivered to WeChat; one consent spent. */
  SENT,
  /** The resident has no consent left for this template: nothing was sent. */
  NO_CONSENT,
  /** WeChat says the resident withdrew consent (43101): remembered, not an error. */
  CONSENT_GONE,
  /** WeChat could not be reached or refused for another reason; the consent was kept. */
  FAILED,
  /** Dev mode: nothing is sent to WeChat. */
  DEV_MODE_SKIPPED
}
