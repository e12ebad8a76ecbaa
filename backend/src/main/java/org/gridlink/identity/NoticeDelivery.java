package org.gridlink.identity;

import org.gridlink.wechat.SubscribeResult;

/** What became of the WeChat side of a notification; the in-app row exists in every case. */
enum NoticeDelivery {
  /** No WeChat template configured for the kind: in-app only. */
  IN_APP_ONLY,
  /** Dev mode, or a dev resident without a real openid: in-app only. */
  NO_WECHAT,
  /** Waiting for the sender (after the caller's transaction commits). */
  PENDING,
  SENT,
  NO_CONSENT,
  CONSENT_GONE,
  FAILED;

  static NoticeDelivery of(SubscribeResult result) {
    return switch (result) {
      case SENT -> SENT;
      case NO_CONSENT -> NO_CONSENT;
      case CONSENT_GONE -> CONSENT_GONE;
      case FAILED -> FAILED;
      case DEV_MODE_SKIPPED -> NO_WECHAT;
    };
  }
}
