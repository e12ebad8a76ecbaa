package org.gridlink.grids;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BoardCacheTest {
  private final BoardCache cache = new BoardCache();
  private final AtomicInteger loads = new AtomicInteger();

  private Optional<NoticeBoard> load(String code, String office) {
    loads.incrementAndGet();
    return Optional.of(
        new NoticeBoard(
            new GridSummary(code, "网格", GridType.COMPREHENSIVE),
            List.of(),
            new CommunityOffice("c", "社区", null, office),
            List.of(),
            List.of(),
            "qr"));
  }

  @Test
  void aBoardIsLoadedOnceUntilInvalidated() {
    cache.board("1", c -> load(c, "1"));
    cache.board("1", c -> load(c, "2"));
    assertThat(loads).hasValue(1);
    cache.invalidateAll();
    assertThat(cache.board("1", c -> load(c, "3")).orElseThrow().office().phone()).isEqualTo("3");
    assertThat(loads).hasValue(2);
  }

  @Test
  void aLoadOverlappingAnInvalidationIsNotKept() {
    // The load read the database before the change, the invalidation came while it ran.
    var stale =
        cache.board(
            "1",
            c -> {
              cache.invalidateAll();
              return load(c, "old");
            });
    assertThat(stale.orElseThrow().office().phone()).isEqualTo("old");
    assertThat(cache.board("1", c -> load(c, "new")).orElseThrow().office().phone())
        .isEqualTo("new");
  }

  @Test
  void missingGridsAreNotRemembered() {
    assertThat(cache.board("x", c -> Optional.empty())).isEmpty();
    assertThat(cache.size()).isZero();
  }
}
