package org.gridlink.wechat;

import cn.binarywang.wx.miniapp.bean.WxMaSubscribeMessage;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import me.chanjar.weixin.common.error.WxErrorException;
import org.gridlink.common.web.ProblemException;

/**
 * Subscribe messages: one-time consents the mini-program reports are counted per template, each
 * message spends one, and WeChat's 43101 (consent withdrawn) clears the count instead of failing.
 */
@Singleton
public class WechatSubscribeMessages {
  static final int CONSENT_WITHDRAWN = 43101;

  private final SubscribeConsentRepository consents;
  private final WechatCalls calls;
  private final Clock clock;

  WechatSubscribeMessages(SubscribeConsentRepository consents, WechatCalls calls, Clock clock) {
    this.consents = consents;
    this.calls = calls;
    this.clock = clock;
  }

  /** Records the templates a WeChat user just accepted (one message each). */
  public void recordConsents(String openid, Collection<String> acceptedTemplateIds) {
    Instant now = clock.instant();
    for (String template : acceptedTemplateIds) {
      if (consents.addOne(openid, template, now) == 0) {
        try {
          consents.save(new SubscribeConsent(null, openid, template, 1, now));
        } catch (io.micronaut.data.exceptions.DataAccessException e) {
          consents.addOne(openid, template, now); // created concurrently
        }
      }
    }
  }

  /** Consents left, per template. */
  public Map<String, Integer> remainingConsents(String openid) {
    Map<String, Integer> left = new TreeMap<>();
    consents.findByOpenid(openid).forEach(c -> left.put(c.templateId(), c.remaining()));
    return left;
  }

  /** Forgets every consent of a WeChat user (their account was deleted). */
  public void forget(String openid) {
    consents.deleteAllOf(openid);
  }

  /** Sends one message if a consent is left, spending it. */
  public SubscribeResult send(
      String openid, String templateId, String page, Map<String, String> data) {
    if (calls.devMode()) {
      return SubscribeResult.DEV_MODE_SKIPPED;
    }
    Instant now = clock.instant();
    if (consents.spendOne(openid, templateId, now) == 0) {
      return SubscribeResult.NO_CONSENT;
    }
    WxMaSubscribeMessage message =
        WxMaSubscribeMessage.builder().toUser(openid).templateId(templateId).page(page).build();
    data.forEach((k, v) -> message.addData(new WxMaSubscribeMessage.MsgData(k, v)));
    try {
      calls.run(
          "subscribe send",
          s -> {
            s.getMsgService().sendSubscribeMsg(message);
            return null;
          });
      return SubscribeResult.SENT;
    } catch (WxErrorException e) {
      if (e.getError().getErrorCode() == CONSENT_WITHDRAWN) {
        consents.clear(openid, templateId, now);
        return SubscribeResult.CONSENT_GONE;
      }
      consents.addOne(openid, templateId, now); // not sent: the consent is still good
      return SubscribeResult.FAILED;
    } catch (ProblemException e) {
      consents.addOne(openid, templateId, now);
      return SubscribeResult.FAILED;
    }
  }
}
