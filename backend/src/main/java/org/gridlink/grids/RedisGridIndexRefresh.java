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
 * publishes its id; the others rebuild when the message arrives. Worker changes go the same way on
 * a second channel and only drop the cached boards. Rebuilds and drops run, in arrival order, on a
 * dedicated thread, never on Lettuce's event loop.
 */
@Singleton
@Requires(property = "redis.uri")
class RedisGridIndexRefresh implements GridIndexRefresh {
  static final String CHANNEL = "gridlink:grids:changed";
  static final String BOARDS_CHANNEL = "gridlink:grids:boards-changed";
  private static final Logger LOG = LoggerFactory.getLogger(RedisGridIndexRefresh.class);

  private final String instanceId = UUID.randomUUID().toString();
  private final GridIndexHolder holder;
  private final BoardCache boards;
  private final StatefulRedisPubSubConnection<String, String> subscriber;
  private final StatefulRedisPubSubConnection<String, String> publisher;
  private final ExecutorService rebuilds =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "grid-index-refresh");
            t.setDaemon(true);
            return t;
          });

  RedisGridIndexRefresh(GridIndexHolder holder, BoardCache boards, RedisClient client) {
    this.holder = holder;
    this.boards = boards;
    this.subscriber = client.connectPubSub();
    this.publisher = client.connectPubSub();
    subscriber.addListener(
        new RedisPubSubAdapter<>() {
          @Override
          public void message(String channel, String from) {
            if (instanceId.equals(from)) {
              return;
            }
            if (CHANNEL.equals(channel)) {
              rebuilds.execute(RedisGridIndexRefresh.this::rebuildQuietly);
            } else if (BOARDS_CHANNEL.equals(channel)) {
              rebuilds.execute(boards::invalidateAll);
            }
          }
        });
    subscriber.sync().subscribe(CHANNEL, BOARDS_CHANNEL);
  }

  @Override
  public void importApplied() {
    holder.rebuild();
    publisher.sync().publish(CHANNEL, instanceId);
  }

  @Override
  public void boardsChanged() {
    boards.invalidateAll();
    publisher.sync().publish(BOARDS_CHANNEL, instanceId);
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
