package org.gridlink.common.data;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.Locale;

/**
 * Recognises a unique-key violation in an exception chain, from MariaDB/MySQL (Connector/J) and
 * from H2, so a feature can let a unique index decide a race and answer the loser sensibly.
 */
public final class UniqueViolation {
  private UniqueViolation() {}

  /** Whether {@code e} (or a cause) is a unique or primary-key violation. */
  public static boolean in(Throwable e) {
    return violation(e) != null;
  }

  /**
   * Whether {@code e} is a violation of the named unique constraint. Both databases name it in the
   * message (MariaDB: "for key 'uk_x'", H2: "PUBLIC.UK_X_INDEX_3 ON ..."), in any case.
   */
  public static boolean of(Throwable e, String constraint) {
    SQLException sql = violation(e);
    return sql != null
        && sql.getMessage() != null
        && sql.getMessage().toLowerCase(Locale.ROOT).contains(constraint.toLowerCase(Locale.ROOT));
  }

  private static SQLException violation(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLIntegrityConstraintViolationException sql) {
        return sql;
      }
      // 23000: MySQL/MariaDB integrity violation; 23505: H2 (and the SQL standard) unique
      // violation.
      if (t instanceof SQLException sql
          && ("23000".equals(sql.getSQLState()) || "23505".equals(sql.getSQLState()))) {
        return sql;
      }
    }
    return null;
  }
}
