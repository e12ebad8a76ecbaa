package org.gridlink.wechat;

import cn.binarywang.wx.miniapp.config.impl.WxMaDefaultConfigImpl;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Without Redis, instances of one process share one in-process store (its ReentrantLock). */
@MicronautTest(transactional = false)
class SharedAccessTokenEmbeddedTest extends SharedAccessTokenContract {
  private final Map<String, WxMaDefaultConfigImpl> stores = new ConcurrentHashMap<>();

  @Override
  WxMaDefaultConfigImpl storeForOneInstance(String namespace) {
    return stores.computeIfAbsent(namespace, n -> new WxMaDefaultConfigImpl());
  }
}
