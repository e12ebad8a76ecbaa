package org.gridlink.wechat;

import static org.assertj.core.api.Assertions.assertThat;

import cn.binarywang.wx.miniapp.api.WxMaService;
import cn.binarywang.wx.miniapp.config.impl.WxMaDefaultConfigImpl;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.gridlink.common.config.GridlinkProperties;
import org.gridlink.support.FakeWechat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Two WeChat services (two GridLink instances) asking for the access token at the same moment:
 * exactly one token fetch reaches WeChat, and both use the same token. On H2 the two share one
 * in-process store; on the MariaDB run they share Redis through {@link LettuceWxRedisOps}.
 */
abstract class SharedAccessTokenContract {
  final FakeWechat wechat = new FakeWechat();

  /** One instance's token store; called once per service. */
  abstract WxMaDefaultConfigImpl storeForOneInstance(String namespace);

  @AfterEach
  void stopFake() {
    wechat.close();
  }

  static GridlinkProperties.Wechat settings(FakeWechat fake) {
    var s = new GridlinkProperties.Wechat();
    s.setAppId(FakeWechat.APP_ID);
    s.setSecret(FakeWechat.SECRET);
    s.setApiHostUrl(fake.url());
    s.setTimeout(Duration.ofSeconds(5));
    return s;
  }

  @Test
  void concurrentRefreshesFetchTheTokenOnce() throws Exception {
    String namespace = "gridlink-test:" + java.util.UUID.randomUUID();
    WxMaService first =
        WechatClientFactory.create(settings(wechat), storeForOneInstance(namespace));
    WxMaService second =
        WechatClientFactory.create(settings(wechat), storeForOneInstance(namespace));
    wechat.delayTokenAnswers(300);

    int callers = 8;
    ExecutorService pool = Executors.newFixedThreadPool(callers);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<String>> results = new ArrayList<>();
    for (int i = 0; i < callers; i++) {
      WxMaService service = i % 2 == 0 ? first : second;
      Callable<String> call =
          () -> {
            start.await();
            return service.getAccessToken();
          };
      results.add(pool.submit(call));
    }
    start.countDown();
    Set<String> tokens = ConcurrentHashMap.newKeySet();
    for (Future<String> f : results) {
      tokens.add(f.get());
    }
    pool.shutdown();

    assertThat(wechat.tokenFetches()).isEqualTo(1);
    assertThat(tokens).hasSize(1);
    // And the second instance keeps using it without asking WeChat again.
    assertThat(second.getAccessToken()).isEqualTo(first.getAccessToken());
    assertThat(wechat.tokenFetches()).isEqualTo(1);
  }

  @Test
  void theClassicTokenEndpointWorksWhenStableTokenIsOff() throws Exception {
    var settings = settings(wechat);
    settings.setStableToken(false);
    String namespace = "gridlink-test:" + java.util.UUID.randomUUID();
    WxMaService service = WechatClientFactory.create(settings, storeForOneInstance(namespace));
    String token = service.getAccessToken();
    assertThat(token).startsWith("ACCESS-");
    assertThat(service.getAccessToken()).isEqualTo(token);
    assertThat(wechat.tokenFetches()).isEqualTo(1);
  }
}
