package org.gridlink.surveys;

import java.sql.SQLException;
import java.util.function.Supplier;

/**
 * Runs a write again when the database gave up on it because of a concurrent one: InnoDB resolves
 * parallel upserts of the same new key by failing one of them as a deadlock (SQLSTATE 40001), and a
 * retry then finds the row and updates it.
 */
final class Retry {
  static final int ATTEMPTS = 4;

  private Retry() {}

  static <T> T onConflict(Supplier<T> write) {
    for (int attempt = 1; ; attempt++) {
      try {
        return write.get();
      } catch (RuntimeException e) {
        if (attempt >= ATTEMPTS || !isConflict(e)) {
          throw e;
        }
      }
    }
  }

  static boolean isConflict(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && sql.getSQLState() != null) {
        String state = sql.getSQLState();
        return state.startsWith("40") || state.startsWith("23");
      }
    }
    return false;
  }
}
