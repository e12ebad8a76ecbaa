package org.gridlink.surveys;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Plain SQL for the set-based work (tally, fairness rules, rankings) that repositories would do row
 * by row. Joins the caller's transaction. The SQL must run on H2 (MySQL mode) and MariaDB.
 */
@Singleton
class Sql {
  private static final int BATCH = 1000;
  private final JdbcOperations jdbc;

  Sql(JdbcOperations jdbc) {
    this.jdbc = jdbc;
  }

  @Transactional
  int update(String sql, Object... args) {
    return jdbc.prepareStatement(
        sql,
        statement -> {
          bind(statement, args);
          return statement.executeUpdate();
        });
  }

  /** One statement, many rows of arguments, sent as JDBC batches. */
  @Transactional
  void batch(String sql, List<Object[]> rows) {
    jdbc.prepareStatement(
        sql,
        statement -> {
          int pending = 0;
          for (Object[] row : rows) {
            bind(statement, row);
            statement.addBatch();
            if (++pending == BATCH) {
              statement.executeBatch();
              pending = 0;
            }
          }
          if (pending > 0) {
            statement.executeBatch();
          }
          return null;
        });
  }

  /** Runs a query and maps each row; arguments are bound in order. */
  @Transactional
  <T> List<T> query(String sql, RowMapper<T> mapper, Object... args) {
    return jdbc.prepareStatement(
        sql,
        statement -> {
          bind(statement, args);
          List<T> out = new ArrayList<>();
          try (ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
              out.add(mapper.map(rs));
            }
          }
          return out;
        });
  }

  private static void bind(PreparedStatement statement, Object[] args) throws SQLException {
    for (int i = 0; i < args.length; i++) {
      Object a = args[i];
      statement.setObject(i + 1, a instanceof Instant at ? Timestamp.from(at) : a);
    }
  }

  @FunctionalInterface
  interface RowMapper<T> {
    T map(ResultSet rs) throws SQLException;
  }
}
