package org.gridlink.wechat;

import cn.binarywang.wx.miniapp.api.WxMaService;
import com.google.gson.JsonParseException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import java.util.Set;
import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.common.error.WxRuntimeException;
import org.gridlink.common.config.GridlinkProperties;
import org.gridlink.common.web.ProblemException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one WeChat call and turns its failures into problems. WeChat's error text can contain the
 * AppID, the secret or the code, so it is neither logged nor echoed: only the error code is.
 */
@Singleton
class WechatCalls {
  private static final Logger LOG = LoggerFactory.getLogger(WechatCalls.class);

  /** A login or phone code that is malformed, expired or already used. */
  static final Set<Integer> BAD_CODE = Set.of(40029, 40163, 40226, 40013, 41008, 40125);

  @Nullable private final WxMaService service;

  WechatCalls(@Nullable WxMaService service, GridlinkProperties properties) {
    this.service = properties.getWechat().isConfigured() ? service : null;
  }

  boolean devMode() {
    return service == null;
  }

  interface Call<T> {
    T run(WxMaService service) throws WxErrorException;
  }

  /** Runs a call; the caller decides which error codes are not failures. */
  <T> T run(String operation, Call<T> call) throws WxErrorException {
    if (service == null) {
      throw new ProblemException(
          HttpStatus.SERVICE_UNAVAILABLE, "wechat-dev-mode", "problem.wechat-dev-mode.detail");
    }
    try {
      return call.run(service);
    } catch (WxErrorException e) {
      LOG.warn("WeChat {} failed with error code {}", operation, e.getError().getErrorCode());
      throw e;
    } catch (WxRuntimeException | JsonParseException e) {
      // Timeouts, connection failures, garbled answers; the text may hold a URL with the token.
      LOG.warn("WeChat {} failed: {}", operation, e.getClass().getSimpleName());
      throw unavailable();
    }
  }

  /** Runs a call where every WeChat error code becomes a problem. */
  <T> T runOrProblem(String operation, Call<T> call) {
    try {
      return run(operation, call);
    } catch (WxErrorException e) {
      throw toProblem(e.getError().getErrorCode());
    }
  }

  static ProblemException toProblem(int code) {
    if (BAD_CODE.contains(code)) {
      return new ProblemException(
          HttpStatus.BAD_REQUEST, "wechat-code-invalid", "problem.wechat-code-invalid.detail");
    }
    return unavailable();
  }

  static ProblemException unavailable() {
    return new ProblemException(
        HttpStatus.SERVICE_UNAVAILABLE, "wechat-unavailable", "problem.wechat-unavailable.detail");
  }
}
