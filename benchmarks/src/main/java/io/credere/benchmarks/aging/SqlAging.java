package io.credere.benchmarks.aging;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;

/**
 * The same aggregation as {@code ColumnarLedger.age} with the default policy (due-date basis,
 * buckets 30/60/90, credits kept apart as unapplied credits), in SQL: {@code GROUP BY customer,
 * currency} with {@code CASE} buckets, ordered as the report is. The result is read in full into
 * arrays, as a host would.
 */
public final class SqlAging {

  /** Per row: customer index, currency code, then 5 buckets and the unapplied credits. */
  static final int WIDTH = 6;

  final int rows;
  final int[] customer;
  final String[] currency;
  final long[] amounts;

  private SqlAging(int rows, int[] customer, String[] currency, long[] amounts) {
    this.rows = rows;
    this.customer = customer;
    this.currency = currency;
    this.amounts = amounts;
  }

  /** The query for an as-of date given as an epoch day (inlined, as a constant). */
  static String query(long asOfEpochDay) {
    String age = "(" + asOfEpochDay + " - due_day)";
    return "SELECT customer, currency, "
        + "SUM(CASE WHEN bucket = 0 THEN open_amount ELSE 0 END) AS b_current, "
        + "SUM(CASE WHEN bucket = 1 THEN open_amount ELSE 0 END) AS b_1_30, "
        + "SUM(CASE WHEN bucket = 2 THEN open_amount ELSE 0 END) AS b_31_60, "
        + "SUM(CASE WHEN bucket = 3 THEN open_amount ELSE 0 END) AS b_61_90, "
        + "SUM(CASE WHEN bucket = 4 THEN open_amount ELSE 0 END) AS b_91_plus, "
        + "SUM(CASE WHEN bucket = 5 THEN open_amount ELSE 0 END) AS unapplied_credits "
        + "FROM (SELECT customer, currency, open_amount, CASE "
        + "WHEN open_amount < 0 THEN 5 "
        + "WHEN " + age + " <= 0 THEN 0 "
        + "WHEN " + age + " <= 30 THEN 1 "
        + "WHEN " + age + " <= 60 THEN 2 "
        + "WHEN " + age + " <= 90 THEN 3 "
        + "ELSE 4 END AS bucket FROM items WHERE open_amount <> 0) AS aged "
        + "GROUP BY customer, currency ORDER BY customer, currency";
  }

  /**
   * The query's rows summed in SQL, as one row: its count in place of the customer, "*" for the
   * currency, then the column sums. The engine still aggregates every group.
   */
  static String summed(String query) {
    return "SELECT CAST(COUNT(*) AS INTEGER), '*', SUM(b_current), SUM(b_1_30), SUM(b_31_60), "
        + "SUM(b_61_90), SUM(b_91_plus), SUM(unapplied_credits) FROM (" + query + ") AS report";
  }

  static SqlAging run(Connection connection, String query) throws SQLException {
    int capacity = 1024;
    int[] customer = new int[capacity];
    String[] currency = new String[capacity];
    long[] amounts = new long[capacity * WIDTH];
    int rows = 0;
    try (Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(query)) {
      while (result.next()) {
        if (rows == capacity) {
          capacity *= 2;
          customer = Arrays.copyOf(customer, capacity);
          currency = Arrays.copyOf(currency, capacity);
          amounts = Arrays.copyOf(amounts, capacity * WIDTH);
        }
        customer[rows] = result.getInt(1);
        currency[rows] = result.getString(2);
        for (int k = 0; k < WIDTH; k++) {
          amounts[rows * WIDTH + k] = result.getLong(3 + k);
        }
        rows++;
      }
    }
    return new SqlAging(rows, customer, currency, amounts);
  }
}
