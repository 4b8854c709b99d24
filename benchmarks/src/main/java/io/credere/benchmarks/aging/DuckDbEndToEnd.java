package io.credere.benchmarks.aging;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The peer of the end-to-end comparison: DuckDB JDBC in its own JVM, default threads, reading
 * the ledger CSV with {@code read_csv} and running the aging GROUP BY (buckets current, 1-30,
 * 31-60, 61-90, 91+ and the unapplied credits per customer and currency, settled rows left out),
 * the rows written to a CSV file; or joining payments to items on the document a payment names.
 *
 * <p>Usage: {@code DuckDbEndToEnd aging LEDGER AS_OF OUT} or
 * {@code DuckDbEndToEnd join PAYMENTS LEDGER OUT}.
 */
public final class DuckDbEndToEnd {

  private DuckDbEndToEnd() {}

  /** Runs one query and writes its rows. */
  public static void main(String[] args) throws SQLException, IOException {
    String sql = args[0].equals("aging") ? aging(args[1], args[2]) : join(args[1], args[2]);
    Path out = Path.of(args[3]);
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(sql);
        Writer writer = new BufferedWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8),
            1 << 16)) {
      int columns = result.getMetaData().getColumnCount();
      long rows = 0;
      while (result.next()) {
        for (int k = 1; k <= columns; k++) {
          if (k > 1) {
            writer.write(',');
          }
          writer.write(String.valueOf(result.getString(k)));
        }
        writer.write('\n');
        rows++;
      }
      System.err.println("duckdb " + args[0] + ": " + rows + " rows");
    }
  }

  private static String csv(String file) {
    return "read_csv('" + file.replace("'", "''") + "', header = true, all_varchar = true)";
  }

  static String aging(String ledger, String asOf) {
    String age = "(DATE '" + asOf + "' - CAST(due_date AS DATE))";
    return "SELECT customer_id, currency, "
        + "SUM(CASE WHEN open < 0 THEN 0 WHEN " + age + " <= 0 THEN open ELSE 0 END), "
        + "SUM(CASE WHEN open < 0 THEN 0 WHEN " + age + " BETWEEN 1 AND 30 THEN open ELSE 0 END), "
        + "SUM(CASE WHEN open < 0 THEN 0 WHEN " + age + " BETWEEN 31 AND 60 THEN open ELSE 0 END), "
        + "SUM(CASE WHEN open < 0 THEN 0 WHEN " + age + " BETWEEN 61 AND 90 THEN open ELSE 0 END), "
        + "SUM(CASE WHEN open < 0 THEN 0 WHEN " + age + " > 90 THEN open ELSE 0 END), "
        + "SUM(CASE WHEN open < 0 THEN open ELSE 0 END), SUM(open) "
        + "FROM (SELECT customer_id, currency, due_date, "
        + "CAST(open_amount AS DECIMAL(18, 3)) AS open FROM " + csv(ledger) + ") "
        + "WHERE open <> 0 GROUP BY customer_id, currency ORDER BY customer_id, currency";
  }

  static String join(String payments, String ledger) {
    return "SELECT p.payment_id, l.customer_id, l.document_id, CAST(p.amount AS DECIMAL(18, 3)) "
        + "FROM " + csv(payments) + " p JOIN " + csv(ledger) + " l "
        + "ON l.document_id = p.remittance ORDER BY p.payment_id";
  }
}
