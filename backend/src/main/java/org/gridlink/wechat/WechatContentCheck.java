package org.gridlink.wechat;

import cn.binarywang.wx.miniapp.bean.security.WxMaMediaSecCheckCheckRequest;
import cn.binarywang.wx.miniapp.bean.security.WxMaMsgSecCheckCheckRequest;
import jakarta.inject.Singleton;
import java.util.UUID;

/**
 * WeChat content security, version 2: text is checked at once (msgSecCheck), photos asynchronously
 * (mediaCheckAsync; the verdict arrives as a {@link MediaCheckCompleted} event). In dev mode
 * nothing is sent: text passes and photos get a {@code dev-} trace id with no verdict.
 */
@Singleton
public class WechatContentCheck {
  /** WeChat's scenes: 1 profile, 2 comment, 3 forum post, 4 social log. */
  public static final int SCENE_PROFILE = 1;

  public static final int SCENE_COMMENT = 2;
  public static final int SCENE_FORUM = 3;
  private static final int MEDIA_TYPE_IMAGE = 2;
  private static final int MAX_TEXT = 2500;

  private final WechatCalls calls;

  WechatContentCheck(WechatCalls calls) {
    this.calls = calls;
  }

  /** Checks text written by a resident (openid active in the last two hours, as WeChat asks). */
  public ContentVerdict checkText(String openid, int scene, String text) {
    if (calls.devMode()) {
      return ContentVerdict.PASS;
    }
    String content = text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
    var request =
        WxMaMsgSecCheckCheckRequest.builder()
            .version("2")
            .openid(openid)
            .scene(scene)
            .content(content)
            .build();
    var response =
        calls.runOrProblem("msg_sec_check", s -> s.getSecurityService().checkMessage(request));
    if (response == null || response.getResult() == null) {
      return ContentVerdict.REVIEW;
    }
    return ContentVerdict.of(response.getResult().getSuggest());
  }

  /** Submits a publicly downloadable image; answers the trace id its verdict will carry. */
  public String submitImage(String openid, int scene, String publicUrl) {
    if (calls.devMode()) {
      return "dev-" + UUID.randomUUID();
    }
    var request =
        WxMaMediaSecCheckCheckRequest.builder()
            .version(2)
            .openid(openid)
            .scene(scene)
            .mediaType(MEDIA_TYPE_IMAGE)
            .mediaUrl(publicUrl)
            .build();
    var result =
        calls.runOrProblem(
            "media_check_async", s -> s.getSecurityService().mediaCheckAsync(request));
    if (result == null || result.getTraceId() == null) {
      throw WechatCalls.unavailable();
    }
    return result.getTraceId();
  }
}
