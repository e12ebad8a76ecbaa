package org.gridlink.grids;

import io.lettuce.core.RedisClient;
import io.lettuce.core.pubsub.RedisPubSubAdapter;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import io.micronaut.context.annotation.Requires;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Refreshes every instance through Redis pub/sub: the importing instance rebuilds at once and
 * publishes its id; the others rebuild when the message arrives. Rebuilds run on a dedicated
 * thread, never on Lettuce's event loop.
 */
@Singleton
@Requires(property = "redis.uri")
class RedisGridIndexRefresh implements GridIndexRefresh {
  static final String CHANNEL = "gridlink:grids:changed";
  private static final Logger LOG = LoggerFactory.getLogger(RedisGridIndexRefresh.class);

  private final String instanceId = UUID.randomUUID().toString();
  private final GridIndexHolder holder;
  private final StatefulRedisPubSubConnection<String, String> subscriber;
  private final StatefulRedisPubSubConnection<String, String> publisher;
  private final ExecutorService rebuilds =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "grid-index-refresh");
            t.setDaemon(true);
            return t;
          });

  RedisGridIndexRefresh(GridIndexHolder holder, RedisClient client) {
    this.holder = holder;
    this.subscriber = client.connectPubSub();
    this.publisher = client.connectPubSub();
    subscriber.addListener(
        new RedisPubSubAdapter<>() {
          @Override
          public void message(String channel, String from) {
            if (CHANNEL.equals(channel) && !instanceId.equals(from)) {
              rebuilds.execute(RedisGridIndexRefresh.this::rebuildQuietly);
            }
          }
        });
    subscriber.sync().subscribe(CHANNEL);
  }

  @Override
  public void importApplied() {
    holder.rebuild();
    publisher.sync().publish(CHANNEL, instanceId);
  }

  private void rebuildQuietly() {
    try {
      holder.rebuild();
    } catch (RuntimeException e) {
      LOG.error("Grid index refresh failed; the previous index stays in use", e);
    }
  }

  @PreDestroy
  void close() {
    rebuilds.shutdownNow();
    subscriber.close();
    publisher.close();
  }
}
