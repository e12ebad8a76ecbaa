package org.gridlink.grids;

import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * The read model of notice boards: each grid's board (chain, office, workers) assembled once from
 * the database and then answered from memory, so a locate costs no query. Invalidation swaps in an
 * empty generation instead of clearing in place: a board being loaded from data read before the
 * change lands in the discarded generation, never in the new one. Lookups never wait on a lock.
 * Only existing grids are kept, so the size is bounded by the number of grids.
 */
@Singleton
class BoardCache {
  private final AtomicReference<ConcurrentHashMap<String, NoticeBoard>> generation =
      new AtomicReference<>(new ConcurrentHashMap<>());

  Optional<NoticeBoard> board(String code, Function<String, Optional<NoticeBoard>> load) {
    ConcurrentHashMap<String, NoticeBoard> boards = generation.get();
    NoticeBoard cached = boards.get(code);
    if (cached != null) {
      return Optional.of(cached);
    }
    Optional<NoticeBoard> loaded = load.apply(code);
    loaded.ifPresent(b -> boards.putIfAbsent(code, b));
    return loaded;
  }

  /** Every board is reloaded on its next lookup: after an import, a worker or office change. */
  void invalidateAll() {
    generation.set(new ConcurrentHashMap<>());
  }

  int size() {
    return generation.get().size();
  }
}
