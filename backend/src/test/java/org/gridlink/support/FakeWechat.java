package org.gridlink.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fake WeChat API on loopback (a real HTTP server, port 0). Codes are registered by tests; the
 * switches make the next calls fail the way WeChat does (40029, 40001, 45009, 43101, -1) or answer
 * too late (timeouts). WeChat's real error text includes the AppID and secret for some errors; so
 * does this fake's, so tests can prove GridLink never echoes or logs it.
 */
public final class FakeWechat implements AutoCloseable {
  public static final String APP_ID = "wx-fake-app-id";
  public static final String SECRET = "fake-app-secret-0f3a9c";
  public static final String TOKEN = "fake-message-token";

  /** An EncodingAESKey: 43 characters of base64 (32 bytes). */
  public static final String AES_KEY = "ZmFrZS1lbmNvZGluZy1hZXMta2V5LTAxMjM0NTY3ODk";

  private final HttpServer server;
  private final AtomicInteger tokenFetches = new AtomicInteger();
  private final AtomicLong tokenCounter = new AtomicLong();
  // Unique per fake: a token a previous fake left in Redis is never valid here.
  private final String tokenPrefix = "ACCESS-" + UUID.randomUUID().toString().substring(0, 8) + "-";
  private final Set<String> validTokens = ConcurrentHashMap.newKeySet();
  private final Map<String, String[]> loginCodes = new ConcurrentHashMap<>();
  private final Map<String, String> phoneCodes = new ConcurrentHashMap<>();
  private final Set<String> refusedSubscribers = ConcurrentHashMap.newKeySet();
  private final ConcurrentLinkedQueue<String> sentMessages = new ConcurrentLinkedQueue<>();
  private final ConcurrentLinkedQueue<String> mediaChecks = new ConcurrentLinkedQueue<>();
  private volatile int failNextWith;
  private volatile long delayMillis;
  private volatile long tokenDelayMillis;

  public FakeWechat() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    server.setExecutor(Executors.newCachedThreadPool());
    server.createContext("/", this::handle);
    server.start();
  }

  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** The properties that point GridLink at this fake. */
  public Map<String, String> properties() {
    return Map.of(
        "gridlink.wechat.app-id", APP_ID,
        "gridlink.wechat.secret", SECRET,
        "gridlink.wechat.token", TOKEN,
        "gridlink.wechat.aes-key", AES_KEY,
        "gridlink.wechat.api-host-url", url(),
        "gridlink.wechat.timeout", "PT1S");
  }

  /** A fresh wx.login code for a new WeChat user; answers the openid via {@link #openidOf}. */
  public String loginCode(String openid, String unionid) {
    String code = "code-" + UUID.randomUUID();
    loginCodes.put(code, new String[] {openid, unionid});
    return code;
  }

  public String newOpenid() {
    return "o-" + UUID.randomUUID();
  }

  public String phoneCode(String phone) {
    String code = "phone-" + UUID.randomUUID();
    phoneCodes.put(code, phone);
    return code;
  }

  public void refuseSubscriptions(String openid) {
    refusedSubscribers.add(openid);
  }

  /** The next API call (not token fetch) answers this WeChat error code. */
  public void failNextWith(int errcode) {
    failNextWith = errcode;
  }

  /** Every issued access token becomes invalid: the next call gets 40001. */
  public void invalidateTokens() {
    validTokens.clear();
  }

  public void delayAnswers(long millis) {
    delayMillis = millis;
  }

  public void delayTokenAnswers(long millis) {
    tokenDelayMillis = millis;
  }

  public int tokenFetches() {
    return tokenFetches.get();
  }

  public ConcurrentLinkedQueue<String> sentMessages() {
    return sentMessages;
  }

  public ConcurrentLinkedQueue<String> mediaChecks() {
    return mediaChecks;
  }

  public static String sessionKeyOf(String openid) {
    return "SESSIONKEY-" + openid;
  }

  @Override
  public void close() {
    server.stop(0);
  }

  private void handle(HttpExchange ex) throws IOException {
    try (ex) {
      URI uri = ex.getRequestURI();
      String path = uri.getPath();
      String query = uri.getRawQuery() == null ? "" : uri.getRawQuery();
      String body = read(ex.getRequestBody());
      if (path.equals("/cgi-bin/token") || path.equals("/cgi-bin/stable_token")) {
        sleep(tokenDelayMillis);
        String secret =
            path.equals("/cgi-bin/token") ? param(query, "secret") : json(body, "secret");
        if (!SECRET.equals(secret)) {
          send(ex, error(40125, "invalid appsecret"));
          return;
        }
        tokenFetches.incrementAndGet();
        String token = tokenPrefix + tokenCounter.incrementAndGet();
        validTokens.add(token);
        send(ex, "{\"access_token\":\"" + token + "\",\"expires_in\":7200}");
        return;
      }
      sleep(delayMillis);
      if (!validTokens.contains(param(query, "access_token"))) {
        send(ex, error(40001, "invalid credential, access_token is invalid or not latest"));
        return;
      }
      int fail = failNextWith;
      if (fail != 0) {
        failNextWith = 0;
        send(ex, error(fail, "failure requested by the test"));
        return;
      }
      switch (path) {
        case "/sns/jscode2session" -> jscode2session(ex, query);
        case "/wxa/business/getuserphonenumber" -> phone(ex, body);
        case "/wxa/msg_sec_check" -> msgSecCheck(ex, body);
        case "/wxa/media_check_async" -> {
          mediaChecks.add(body);
          send(
              ex,
              "{\"errcode\":0,\"errmsg\":\"ok\",\"trace_id\":\"trace-" + UUID.randomUUID() + "\"}");
        }
        case "/cgi-bin/message/subscribe/send" -> subscribe(ex, body);
        case "/wxa/getwxacodeunlimit" -> png(ex);
        default -> send(ex, error(40066, "invalid url"));
      }
    } catch (RuntimeException e) {
      // A fake must never hang a test: answer something WeChat-shaped.
      send(ex, error(-1, "system error"));
    }
  }

  private void jscode2session(HttpExchange ex, String query) throws IOException {
    String code = param(query, "js_code");
    String[] user = code == null ? null : loginCodes.remove(code);
    if (user == null) {
      // Real WeChat error text can carry request details; this one carries the secret on purpose.
      send(ex, error(40029, "invalid code, appid: " + APP_ID + " secret: " + SECRET));
      return;
    }
    String union = user[1] == null ? "" : ",\"unionid\":\"" + user[1] + "\"";
    send(
        ex,
        "{\"openid\":\""
            + user[0]
            + "\",\"session_key\":\""
            + sessionKeyOf(user[0])
            + "\""
            + union
            + "}");
  }

  private void phone(HttpExchange ex, String body) throws IOException {
    String phone = phoneCodes.remove(String.valueOf(json(body, "code")));
    if (phone == null) {
      send(ex, error(40029, "invalid code"));
      return;
    }
    send(
        ex,
        "{\"errcode\":0,\"errmsg\":\"ok\",\"phone_info\":{\"phoneNumber\":\""
            + phone
            + "\",\"purePhoneNumber\":\""
            + phone
            + "\",\"countryCode\":\"86\"}}");
  }

  private void msgSecCheck(HttpExchange ex, String body) throws IOException {
    boolean risky = body.contains("RISKY");
    send(
        ex,
        "{\"errcode\":0,\"errmsg\":\"ok\",\"result\":{\"suggest\":\""
            + (risky ? "risky" : "pass")
            + "\",\"label\":"
            + (risky ? 20001 : 100)
            + "},\"trace_id\":\"t-1\"}");
  }

  private void subscribe(HttpExchange ex, String body) throws IOException {
    String touser = json(body, "touser");
    if (refusedSubscribers.contains(touser)) {
      send(ex, error(43101, "user refuse to accept the msg"));
      return;
    }
    sentMessages.add(body);
    send(ex, error(0, "ok"));
  }

  private void png(HttpExchange ex) throws IOException {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0};
    ex.getResponseHeaders().set("Content-Type", "image/png");
    ex.sendResponseHeaders(200, png.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(png);
    }
  }

  private static String error(int code, String message) {
    return "{\"errcode\":" + code + ",\"errmsg\":\"" + message + "\"}";
  }

  private static void send(HttpExchange ex, String json) throws IOException {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().set("Content-Type", "application/json; charset=UTF-8");
    ex.sendResponseHeaders(200, bytes.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(bytes);
    }
  }

  private static String read(InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    in.transferTo(out);
    return out.toString(StandardCharsets.UTF_8);
  }

  private static String param(String query, String name) {
    for (String pair : query.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0 && pair.substring(0, eq).equals(name)) {
        return java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      }
    }
    return null;
  }

  /** A top-level string field of a small JSON body; enough for the requests WxJava sends. */
  private static String json(String body, String name) {
    Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]*)\"").matcher(body);
    return m.find() ? m.group(1) : null;
  }

  private static void sleep(long millis) {
    if (millis <= 0) {
      return;
    }
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
