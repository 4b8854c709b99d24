package io.credere.benchmarks.aging;

import io.credere.aging.ColumnarLedger;
import io.credere.core.id.CustomerId;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.joda.money.CurrencyUnit;

/**
 * The benchmark's ledger as plain columns, generated deterministically (a fixed 64-bit linear
 * congruential sequence): ~1 in 16 items a credit, document dates up to 400 days back from
 * 2026-06-30, due 30 days later, amounts 1.00 to 10,000.99 in minor units, three currencies.
 * Loaded into Credere's columnar form, into DuckDB (by its appender) or into H2 (by batches).
 */
final class AgingData {

  /** The as-of date of every run. */
  static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);
  static final String[] CURRENCIES = {"EUR", "USD", "JPY"};

  final int customers;
  final int[] customer;
  final byte[] currency;
  final int[] documentDay;
  final int[] dueDay;
  final long[] open;

  private AgingData(int items, int customers) {
    this.customers = customers;
    customer = new int[items];
    currency = new byte[items];
    documentDay = new int[items];
    dueDay = new int[items];
    open = new long[items];
  }

  static AgingData generate(int items, int customers) {
    AgingData data = new AgingData(items, customers);
    int base = (int) AS_OF.toEpochDay();
    long seed = 20261123L;
    for (int i = 0; i < items; i++) {
      seed = seed * 6364136223846793005L + 1442695040888963407L;
      int back = (int) ((seed >>> 8) & 0xFFF) % 400;
      long amount = 100 + ((seed >>> 40) % 1_000_000);
      boolean credit = (seed & 0xF) == 0;
      data.customer[i] = (int) ((seed >>> 33) % customers);
      data.currency[i] = (byte) ((int) ((seed >>> 20) & 0xFFFF) % 3);
      data.documentDay[i] = base - back;
      data.dueDay[i] = base - back + 30;
      data.open[i] = credit ? -amount : amount;
    }
    return data;
  }

  int size() {
    return open.length;
  }

  /** The customer id of an index: {@code C-000042}; ids sort as their indexes do. */
  static String customerId(int index) {
    return String.format("C-%06d", index);
  }

  ColumnarLedger ledger() {
    ColumnarLedger.Builder builder = ColumnarLedger.builder(size());
    for (int c = 0; c < customers; c++) {
      builder.customer(CustomerId.of(customerId(c)));
    }
    for (String code : CURRENCIES) {
      builder.currency(CurrencyUnit.of(code));
    }
    for (int i = 0; i < size(); i++) {
      builder.add(customer[i], currency[i], documentDay[i], dueDay[i], open[i]);
    }
    return builder.build();
  }

  private static final String CREATE = "CREATE TABLE items (customer INTEGER NOT NULL, "
      + "currency VARCHAR(3) NOT NULL, document_day INTEGER NOT NULL, due_day INTEGER NOT NULL, "
      + "open_amount BIGINT NOT NULL)";

  /**
   * An in-process DuckDB database holding the items.
   *
   * @param threads the DuckDB {@code threads} setting, or 0 to keep its default (all cores)
   */
  Connection duckdb(int threads) throws SQLException {
    Connection connection = DriverManager.getConnection("jdbc:duckdb:");
    try (Statement statement = connection.createStatement()) {
      if (threads > 0) {
        statement.execute("SET threads = " + threads);
      }
      statement.execute(CREATE);
    }
    try (DuckDBAppender appender = ((DuckDBConnection) connection)
        .createAppender(DuckDBConnection.DEFAULT_SCHEMA, "items")) {
      for (int i = 0; i < size(); i++) {
        appender.beginRow().append(customer[i]).append(CURRENCIES[currency[i]])
            .append(documentDay[i]).append(dueDay[i]).append(open[i]).endRow();
      }
    }
    return connection;
  }

  /** An in-memory H2 database holding the items. */
  Connection h2() throws SQLException {
    Connection connection = DriverManager.getConnection(
        "jdbc:h2:mem:aging" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
    try (Statement statement = connection.createStatement()) {
      statement.execute(CREATE);
    }
    connection.setAutoCommit(false);
    try (PreparedStatement insert =
        connection.prepareStatement("INSERT INTO items VALUES (?, ?, ?, ?, ?)")) {
      for (int i = 0; i < size(); i++) {
        insert.setInt(1, customer[i]);
        insert.setString(2, CURRENCIES[currency[i]]);
        insert.setInt(3, documentDay[i]);
        insert.setInt(4, dueDay[i]);
        insert.setLong(5, open[i]);
        insert.addBatch();
        if (i % 10_000 == 9_999) {
          insert.executeBatch();
        }
      }
      insert.executeBatch();
    }
    connection.commit();
    connection.setAutoCommit(true);
    return connection;
  }
}
