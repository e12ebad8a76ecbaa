package org.gridlink.wechat;

import cn.binarywang.wx.miniapp.api.WxMaService;
import cn.binarywang.wx.miniapp.api.impl.WxMaServiceHttpClientImpl;
import cn.binarywang.wx.miniapp.config.impl.WxMaDefaultConfigImpl;
import cn.binarywang.wx.miniapp.config.impl.WxMaRedisBetterConfigImpl;
import io.lettuce.core.api.StatefulRedisConnection;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Duration;
import org.gridlink.common.config.GridlinkProperties;

/**
 * The WxJava mini-program service, only when an AppID is configured (otherwise WeChat runs in dev
 * mode). With Redis the access token lives in Redis and one instance refreshes it for all; without,
 * it lives in this process.
 */
@Factory
class WechatClientFactory {
  static final String KEY_PREFIX = "gridlink:wechat";
  private static final Duration LOCK_LEASE = Duration.ofSeconds(30);

  @Singleton
  @Requires(property = "gridlink.wechat.app-id", pattern = ".+")
  @Requires(property = "redis.uri")
  WxMaService sharedTokenService(
      GridlinkProperties properties, StatefulRedisConnection<String, String> redis) {
    var ops = new LettuceWxRedisOps(redis, LOCK_LEASE);
    return create(properties.getWechat(), new WxMaRedisBetterConfigImpl(ops, KEY_PREFIX));
  }

  @Singleton
  @Requires(property = "gridlink.wechat.app-id", pattern = ".+")
  @Requires(missingProperty = "redis.uri")
  WxMaService inProcessTokenService(GridlinkProperties properties) {
    return create(properties.getWechat(), new WxMaDefaultConfigImpl());
  }

  static WxMaService create(GridlinkProperties.Wechat settings, WxMaDefaultConfigImpl config) {
    config.setAppid(settings.getAppId());
    config.setSecret(settings.getSecret());
    config.setToken(settings.getToken());
    config.setAesKey(settings.getAesKey());
    config.setMsgDataFormat("JSON");
    if (settings.getApiHostUrl() != null && !settings.getApiHostUrl().isBlank()) {
      config.setApiHostUrl(settings.getApiHostUrl());
    }
    config.useStableAccessToken(settings.isStableToken());
    config.setApacheHttpClientBuilder(new TimeoutHttpClientBuilder(settings.getTimeout()));
    WxMaServiceHttpClientImpl service = new WxMaServiceHttpClientImpl();
    // WeChat's "system busy" (-1) is retried once, quickly; everything else is answered at once.
    service.setRetrySleepMillis(200);
    service.setMaxRetryTimes(1);
    service.setWxMaConfig(config);
    return service;
  }
}
