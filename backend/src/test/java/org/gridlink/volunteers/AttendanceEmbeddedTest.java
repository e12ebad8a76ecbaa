package org.gridlink.volunteers;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;

@MicronautTest(transactional = false)
class AttendanceEmbeddedTest extends AttendanceContract {
  @Inject InProcessLeaderboardStore inProcess;

  @Override
  void loseBoards(List<String> keys) {
    keys.forEach(inProcess::forget);
  }
}
