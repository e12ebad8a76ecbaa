package org.gridlink.wechat;

import jakarta.inject.Singleton;

/**
 * What other features may ask of WeChat: sign-in and phone numbers. Message, content-security and
 * mini-program-code calls have their own small public classes in this package. Every failure is a
 * {@link org.gridlink.common.web.ProblemException} with a plain message; in dev mode (no AppID)
 * these calls answer a 503 problem pointing to the dev login.
 */
@Singleton
public class WechatFacade {
  private final WechatCalls calls;

  WechatFacade(WechatCalls calls) {
    this.calls = calls;
  }

  /** True when no AppID is configured: nothing is sent to WeChat. */
  public boolean devMode() {
    return calls.devMode();
  }

  /** Exchanges a wx.login code for the resident's openid (jscode2session). */
  public WechatIdentity signIn(String code) {
    var session =
        calls.runOrProblem("jscode2session", s -> s.getUserService().getSessionInfo(code));
    if (session == null || session.getOpenid() == null || session.getOpenid().isBlank()) {
      throw WechatCalls.unavailable();
    }
    return new WechatIdentity(session.getOpenid(), blankToNull(session.getUnionid()));
  }

  /** The phone number the resident agreed to share (getPhoneNumber code, single use). */
  public String phoneNumber(String code) {
    var info =
        calls.runOrProblem("getuserphonenumber", s -> s.getUserService().getPhoneNumber(code));
    if (info == null || info.getPurePhoneNumber() == null) {
      throw WechatCalls.unavailable();
    }
    return info.getPurePhoneNumber();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
