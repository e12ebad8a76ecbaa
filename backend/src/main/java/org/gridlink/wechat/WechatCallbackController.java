package org.gridlink.wechat;

import cn.binarywang.wx.miniapp.config.impl.WxMaDefaultConfigImpl;
import cn.binarywang.wx.miniapp.util.crypt.WxMaCryptUtils;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import org.gridlink.common.config.GridlinkProperties;
import org.gridlink.common.web.ProblemException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * WeChat's message push (JSON format, plain or safe mode): the URL check and the {@code
 * wxa_media_check} verdicts. Anonymous, because WeChat calls it; trusted only when the signature
 * made with the configured message token matches and the timestamp is recent. In safe mode the body
 * is AES-encrypted with the EncodingAESKey and carries its own msg_signature.
 */
@Controller("/api/v1/wechat/callback")
@Tag(name = "WeChat")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class WechatCallbackController {
  private static final Logger LOG = LoggerFactory.getLogger(WechatCallbackController.class);
  private static final long MAX_AGE_SECONDS = 300;

  @Nullable private final String token;
  @Nullable private final WxMaCryptUtils crypt;
  private final ApplicationEventPublisher<MediaCheckCompleted> events;
  private final JsonMapper json;
  private final Clock clock;

  WechatCallbackController(
      GridlinkProperties properties,
      ApplicationEventPublisher<MediaCheckCompleted> events,
      JsonMapper json,
      Clock clock) {
    GridlinkProperties.Wechat wechat = properties.getWechat();
    this.token = wechat.getToken();
    this.crypt = safeMode(wechat);
    this.events = events;
    this.json = json;
    this.clock = clock;
  }

  @Operation(summary = "WeChat's URL check: echoes echostr when the signature is right")
  @Get
  @Produces(MediaType.TEXT_PLAIN)
  String verify(
      @QueryValue String signature,
      @QueryValue String timestamp,
      @QueryValue String nonce,
      @QueryValue String echostr) {
    requireSigned(signature, timestamp, nonce);
    return echostr;
  }

  @Operation(summary = "WeChat event push (wxa_media_check verdicts)")
  @Post(consumes = {MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN})
  @Produces(MediaType.TEXT_PLAIN)
  String receive(
      @QueryValue String signature,
      @QueryValue String timestamp,
      @QueryValue String nonce,
      @Nullable @QueryValue("encrypt_type") String encryptType,
      @Nullable @QueryValue("msg_signature") String msgSignature,
      @Body String body) {
    requireSigned(signature, timestamp, nonce);
    Map<String, Object> event = parse(body);
    if ("aes".equalsIgnoreCase(encryptType)) {
      event = parse(decrypt(event.get("Encrypt"), msgSignature, timestamp, nonce));
    }
    if ("wxa_media_check".equals(event.get("Event")) && event.get("trace_id") != null) {
      Object result = event.get("result");
      String suggest = null;
      String label = "";
      if (result instanceof Map<?, ?> r) {
        suggest = r.get("suggest") == null ? null : r.get("suggest").toString();
        label = r.get("label") == null ? "" : r.get("label").toString();
      }
      events.publishEvent(
          new MediaCheckCompleted(
              event.get("trace_id").toString(), ContentVerdict.of(suggest), label));
    } else {
      LOG.debug("Ignored WeChat event {}", event.get("Event"));
    }
    // WeChat retries anything but "success".
    return "success";
  }

  private Map<String, Object> parse(String body) {
    try {
      return json.readValue(body, Argument.mapOf(String.class, Object.class));
    } catch (IOException | RuntimeException e) {
      throw ProblemException.badRequest("problem.bad-request.detail");
    }
  }

  private String decrypt(Object encrypted, String msgSignature, String timestamp, String nonce) {
    if (crypt == null || encrypted == null || msgSignature == null) {
      throw forbidden();
    }
    try {
      return crypt.decryptContent(msgSignature, timestamp, nonce, encrypted.toString());
    } catch (RuntimeException e) {
      // A wrong msg_signature or a body not encrypted with our key.
      LOG.warn("Refused an encrypted WeChat push: {}", e.getClass().getSimpleName());
      throw forbidden();
    }
  }

  @Nullable
  private static WxMaCryptUtils safeMode(GridlinkProperties.Wechat wechat) {
    if (wechat.getAesKey() == null || wechat.getAesKey().isBlank() || !wechat.isConfigured()) {
      return null;
    }
    var config = new WxMaDefaultConfigImpl();
    config.setAppid(wechat.getAppId());
    config.setToken(wechat.getToken());
    config.setAesKey(wechat.getAesKey());
    return new WxMaCryptUtils(config);
  }

  private void requireSigned(String signature, String timestamp, String nonce) {
    if (token == null || token.isBlank() || !fresh(timestamp)) {
      throw forbidden();
    }
    String[] parts = {token, timestamp, nonce};
    Arrays.sort(parts);
    String expected = sha1(String.join("", parts));
    if (!MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.US_ASCII),
        signature.toLowerCase().getBytes(StandardCharsets.US_ASCII))) {
      throw forbidden();
    }
  }

  private boolean fresh(String timestamp) {
    try {
      long age = clock.instant().getEpochSecond() - Long.parseLong(timestamp);
      return Math.abs(age) <= MAX_AGE_SECONDS;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  static String sha1(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static ProblemException forbidden() {
    return new ProblemException(HttpStatus.FORBIDDEN, "forbidden", "problem.wechat.signature");
  }
}
