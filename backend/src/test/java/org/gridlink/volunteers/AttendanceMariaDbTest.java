package org.gridlink.volunteers;

import io.lettuce.core.api.StatefulRedisConnection;
import jakarta.inject.Inject;
import java.util.List;
import org.gridlink.support.MariaDbTest;

@MariaDbTest
class AttendanceMariaDbTest extends AttendanceContract {
  @Inject StatefulRedisConnection<String, String> redis;

  @Override
  void loseBoards(List<String> keys) {
    // Only this run's keys (unique prefix), never a flush of the shared Redis.
    redis.sync().del(keys.toArray(String[]::new));
  }
}
