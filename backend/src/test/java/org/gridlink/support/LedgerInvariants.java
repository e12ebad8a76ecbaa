package org.gridlink.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The invariants of the points ledger and the rewards stock, checked on the whole database (the
 * shared MariaDB test database included) after every concurrency test: each account's entries sum
 * to its balance, no balance is negative, no business key is booked twice, and every item's stock
 * plus its live (pending or picked up) redemptions equals all the stock ever put on the shelf.
 */
@Singleton
public class LedgerInvariants {
  private final TransactionOperations<Connection> tx;

  public LedgerInvariants(TransactionOperations<Connection> tx) {
    this.tx = tx;
  }

  public void check() {
    assertThat(
            rows(
                "SELECT a.subject, a.balance, COALESCE(SUM(e.points), 0) FROM points_account a LEFT"
                    + " JOIN points_entry e ON e.subject = a.subject GROUP BY a.subject, a.balance"
                    + " HAVING a.balance <> COALESCE(SUM(e.points), 0)"))
        .as("accounts whose entries do not sum to the balance")
        .isEmpty();
    assertThat(rows("SELECT subject, balance FROM points_account WHERE balance < 0"))
        .as("negative balances")
        .isEmpty();
    assertThat(
            rows(
                "SELECT business_key, COUNT(*) FROM points_entry GROUP BY business_key HAVING"
                    + " COUNT(*) > 1"))
        .as("business keys booked twice")
        .isEmpty();
    assertThat(
            rows(
                "SELECT i.id, i.stock, i.stock_total, COUNT(r.id) FROM reward_item i LEFT JOIN"
                    + " reward_redemption r ON r.item_id = i.id AND r.status IN ('PENDING',"
                    + " 'PICKED_UP') GROUP BY i.id, i.stock, i.stock_total HAVING i.stock +"
                    + " COUNT(r.id) <> i.stock_total OR i.stock < 0"))
        .as("items whose stock and live redemptions do not add up")
        .isEmpty();
    assertThat(
            rows(
                "SELECT r.ref FROM reward_redemption r WHERE (SELECT COUNT(*) FROM points_entry e"
                    + " WHERE e.business_key = CONCAT('redeem:', r.ref)) <> 1 OR (r.status IN"
                    + " ('CANCELLED', 'EXPIRED')) <> ((SELECT COUNT(*) FROM points_entry e WHERE"
                    + " e.business_key = CONCAT('redeem-refund:', r.ref)) = 1)"))
        .as("redemptions without exactly one spend, or refunded unless closed without pickup")
        .isEmpty();
  }

  public long scalar(String sql) {
    List<List<Object>> r = rows(sql);
    return ((Number) r.get(0).get(0)).longValue();
  }

  public List<List<Object>> rows(String sql) {
    return tx.executeRead(status -> read(status.getConnection(), sql));
  }

  private static List<List<Object>> read(Connection c, String sql) {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      List<List<Object>> out = new ArrayList<>();
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        List<Object> row = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
          row.add(rs.getObject(i));
        }
        out.add(row);
      }
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  public int update(String sql) {
    return tx.executeWrite(status -> write(status.getConnection(), sql));
  }

  private static int write(Connection c, String sql) {
    try (Statement s = c.createStatement()) {
      return s.executeUpdate(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }
}
