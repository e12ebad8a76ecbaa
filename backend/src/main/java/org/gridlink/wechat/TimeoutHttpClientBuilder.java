package org.gridlink.wechat;

import java.time.Duration;
import me.chanjar.weixin.common.util.http.apache.ApacheHttpClientBuilder;
import org.apache.http.client.HttpRequestRetryHandler;
import org.apache.http.client.config.RequestConfig;
import org.apache.http.conn.ConnectionKeepAliveStrategy;
import org.apache.http.conn.ssl.SSLConnectionSocketFactory;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;

/**
 * One HTTP client per WeChat service with our own timeouts. WxJava's default builder is a JVM-wide
 * singleton whose settings would leak between services; proxies are not used here.
 */
final class TimeoutHttpClientBuilder implements ApacheHttpClientBuilder {
  private final int timeoutMillis;

  TimeoutHttpClientBuilder(Duration timeout) {
    this.timeoutMillis = Math.toIntExact(timeout.toMillis());
  }

  @Override
  public CloseableHttpClient build() {
    RequestConfig config =
        RequestConfig.custom()
            .setConnectTimeout(timeoutMillis)
            .setSocketTimeout(timeoutMillis)
            .setConnectionRequestTimeout(timeoutMillis)
            .build();
    return HttpClients.custom()
        .setDefaultRequestConfig(config)
        .setMaxConnPerRoute(20)
        .setMaxConnTotal(50)
        .disableAutomaticRetries()
        .useSystemProperties()
        .build();
  }

  @Override
  public ApacheHttpClientBuilder httpProxyHost(String httpProxyHost) {
    return this;
  }

  @Override
  public ApacheHttpClientBuilder httpProxyPort(int httpProxyPort) {
    return this;
  }

  @Override
  public ApacheHttpClientBuilder httpProxyUsername(String httpProxyUsername) {
    return this;
  }

  @Override
  public ApacheHttpClientBuilder httpProxyPassword(String httpProxyPassword) {
    return this;
  }

  @Override
  public ApacheHttpClientBuilder httpRequestRetryHandler(HttpRequestRetryHandler handler) {
    return this;
  }

  @Override
  public ApacheHttpClientBuilder keepAliveStrategy(ConnectionKeepAliveStrategy strategy) {
    return this;
  }

  @Override
  public ApacheHttpClientBuilder sslConnectionSocketFactory(SSLConnectionSocketFactory factory) {
    return this;
  }
}
