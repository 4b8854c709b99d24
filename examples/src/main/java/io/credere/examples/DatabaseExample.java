package io.credere.examples;

import io.credere.aging.AgingBasis;
import io.credere.aging.AgingBuckets;
import io.credere.aging.AgingPolicy;
import io.credere.aging.AgingReport;
import io.credere.aging.AgingRow;
import io.credere.allocation.Allocation;
import io.credere.allocation.AllocationPolicy;
import io.credere.allocation.AllocationRun;
import io.credere.allocation.CashApplication;
import io.credere.allocation.IncomingPayment;
import io.credere.allocation.Tolerance;
import io.credere.core.customer.Customer;
import io.credere.core.id.CustomerId;
import io.credere.core.id.DocumentId;
import io.credere.core.id.PaymentId;
import io.credere.core.item.DocumentType;
import io.credere.core.item.OpenItem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * A month-end job on a real database through plain JDBC: customers, open items and new
 * payments are read into Credere values, the cash is applied, the ledger after the run is aged,
 * and everything is written back in ONE transaction (allocation lines, aging rows, new open
 * amounts, on-account and suspense items, payments marked applied) — or, on any failure,
 * nothing is.
 *
 * <p>Run it with a JDBC URL: {@code jdbc:h2:mem:credere} (the default; H2 is on the
 * classpath) or {@code jdbc:postgresql://localhost/credere?user=me&password=secret} with the
 * PostgreSQL driver on the classpath. When the database has no {@code open_item} table, the
 * example creates the schema ({@code schema.sql}) and loads sample rows first.
 */
public final class DatabaseExample {

  /** The as-of date of the sample run. */
  public static final LocalDate SAMPLE_AS_OF = LocalDate.of(2026, 11, 20);

  private DatabaseExample() {}

  /** What a run wrote. */
  public record Summary(int payments, int allocationLines, int agingRows, int itemsUpdated,
      int itemsCreated) {}

  /**
   * Runs the example.
   *
   * @param args {@code [jdbc-url [as-of]]}; defaults {@code jdbc:h2:mem:credere} and 2026-11-20
   */
  public static void main(String[] args) throws SQLException {
    String url = args.length > 0 ? args[0] : "jdbc:h2:mem:credere";
    LocalDate asOf = args.length > 1 ? LocalDate.parse(args[1]) : SAMPLE_AS_OF;
    try (Connection db = DriverManager.getConnection(url)) {
      if (!hasTable(db, "open_item")) {
        runScript(db, "schema.sql");
        runScript(db, "sample-data.sql");
      }
      Summary summary = monthEnd(db, asOf);
      System.out.println("Applied " + summary.payments() + " payments as of " + asOf + ": "
          + summary.allocationLines() + " allocation lines, " + summary.itemsUpdated()
          + " open items updated, " + summary.itemsCreated() + " on-account/suspense items, "
          + summary.agingRows() + " aging rows; committed.");
    }
  }

  /**
   * Applies the payments with status {@code NEW} to the open items, ages the ledger after the
   * run as of {@code asOf}, and writes the results in one transaction.
   *
   * @throws SQLException when reading or writing fails; nothing is written then
   */
  public static Summary monthEnd(Connection db, LocalDate asOf) throws SQLException {
    List<Customer> customers = readCustomers(db);
    List<OpenItem> ledger = readOpenItems(db);
    List<IncomingPayment> payments = readNewPayments(db);

    CashApplication application = CashApplication.builder()
        .policy(AllocationPolicy.builder()          // write off up to 1.00, at most 0.5 %
            .tolerance(Tolerance.of(org.joda.money.Money.of(org.joda.money.CurrencyUnit.EUR,
                BigDecimal.ONE), new BigDecimal("0.5")))
            .build())
        .build();
    AllocationRun run = application.apply(ledger, customers, payments);
    AgingReport aging = AgingReport.of(AgingPolicy.builder().asOf(asOf)
        .buckets(AgingBuckets.standard(AgingBasis.DUE_DATE)).build(), run.ledgerAfter());

    boolean autoCommit = db.getAutoCommit();
    db.setAutoCommit(false);
    try {
      int lines = writeAllocationLines(db, run);
      int agingRows = writeAging(db, asOf, aging);
      int[] items = writeLedger(db, ledger, run.ledgerAfter());
      markApplied(db, payments);
      db.commit();
      return new Summary(payments.size(), lines, agingRows, items[0], items[1]);
    } catch (SQLException | RuntimeException e) {
      db.rollback();
      throw e;
    } finally {
      db.setAutoCommit(autoCommit);
    }
  }

  // ---- reading ----

  static List<Customer> readCustomers(Connection db) throws SQLException {
    List<Customer> customers = new ArrayList<>();
    try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(
        "SELECT customer_id, name, currency, credit_limit, bank_account FROM customer"
            + " ORDER BY customer_id")) {
      while (rs.next()) {
        CurrencyUnit currency = CurrencyUnit.of(rs.getString("currency").strip());
        Customer.Builder customer = Customer.builder()
            .customerId(CustomerId.of(rs.getString("customer_id"))).name(rs.getString("name"))
            .currency(currency);
        BigDecimal limit = rs.getBigDecimal("credit_limit");
        if (limit != null) {
          customer.creditLimit(money(currency, limit));
        }
        String account = rs.getString("bank_account");
        if (account != null) {
          customer.addBankAccounts(account);
        }
        customers.add(customer.build());
      }
    }
    return customers;
  }

  static List<OpenItem> readOpenItems(Connection db) throws SQLException {
    List<OpenItem> items = new ArrayList<>();
    try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(
        "SELECT document_id, customer_id, document_type, document_date, due_date, currency,"
            + " amount, open_amount, customer_reference FROM open_item"
            + " WHERE open_amount <> 0 ORDER BY document_id")) {
      while (rs.next()) {
        CurrencyUnit currency = CurrencyUnit.of(rs.getString("currency").strip());
        items.add(OpenItem.builder()
            .documentId(DocumentId.of(rs.getString("document_id")))
            .customerId(CustomerId.of(rs.getString("customer_id")))
            .documentType(DocumentType.parse(rs.getString("document_type")))
            .documentDate(rs.getObject("document_date", LocalDate.class))
            .dueDate(rs.getObject("due_date", LocalDate.class))
            .amount(money(currency, rs.getBigDecimal("amount")))
            .openAmount(money(currency, rs.getBigDecimal("open_amount")))
            .reference(Optional.ofNullable(rs.getString("customer_reference")))
            .build());
      }
    }
    return items;
  }

  static List<IncomingPayment> readNewPayments(Connection db) throws SQLException {
    List<IncomingPayment> payments = new ArrayList<>();
    try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(
        "SELECT payment_id, payment_date, currency, amount, customer_id, payer_name,"
            + " payer_account, remittance FROM payment WHERE status = 'NEW'"
            + " ORDER BY payment_date, payment_id")) {
      while (rs.next()) {
        CurrencyUnit currency = CurrencyUnit.of(rs.getString("currency").strip());
        payments.add(IncomingPayment.builder()
            .paymentId(PaymentId.of(rs.getString("payment_id")))
            .date(rs.getObject("payment_date", LocalDate.class))
            .amount(money(currency, rs.getBigDecimal("amount")))
            .customerId(Optional.ofNullable(rs.getString("customer_id")).map(CustomerId::of))
            .payerName(Optional.ofNullable(rs.getString("payer_name")))
            .payerAccount(Optional.ofNullable(rs.getString("payer_account")))
            .remittance(Optional.ofNullable(rs.getString("remittance")).orElse(""))
            .build());
      }
    }
    return payments;
  }

  /** A database amount as Money, refusing (never rounding) more decimals than the currency has. */
  private static Money money(CurrencyUnit currency, BigDecimal amount) {
    return Money.of(currency, amount.setScale(currency.getDecimalPlaces(), RoundingMode.UNNECESSARY));
  }

  // ---- writing (inside the caller's transaction) ----

  private static int writeAllocationLines(Connection db, AllocationRun run) throws SQLException {
    try (PreparedStatement insert = db.prepareStatement("INSERT INTO allocation_line (payment_id,"
        + " line_no, kind, customer_id, document_id, currency, amount, rule_id, explanation)"
        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      Map<PaymentId, Integer> lineNo = new HashMap<>();
      for (Allocation line : run.lines()) {
        insert.setString(1, line.paymentId().value());
        insert.setInt(2, lineNo.merge(line.paymentId(), 1, Integer::sum));
        insert.setString(3, line.kind().name());
        insert.setString(4, line.customerId().map(CustomerId::value).orElse(null));
        insert.setString(5, line.documentId().map(DocumentId::value).orElse(null));
        insert.setString(6, line.amount().getCurrencyUnit().getCode());
        insert.setBigDecimal(7, line.amount().getAmount());
        insert.setString(8, line.ruleId());
        insert.setString(9, line.explanation().sentence());
        insert.addBatch();
      }
      insert.executeBatch();
      return run.lines().size();
    }
  }

  private static int writeAging(Connection db, LocalDate asOf, AgingReport aging)
      throws SQLException {
    int rows = 0;
    try (PreparedStatement insert = db.prepareStatement("INSERT INTO aging_report (as_of,"
        + " customer_id, currency, bucket, amount) VALUES (?, ?, ?, ?, ?)")) {
      for (AgingRow row : aging.rows()) {
        List<String> names = new ArrayList<>(aging.bucketNames());
        List<Money> amounts = new ArrayList<>(row.buckets());
        names.add("unapplied_credits");
        amounts.add(row.unappliedCredits());
        for (int i = 0; i < names.size(); i++) {
          insert.setObject(1, asOf);
          insert.setString(2, row.customerId().value());
          insert.setString(3, row.currency().getCode());
          insert.setString(4, names.get(i));
          insert.setBigDecimal(5, amounts.get(i).getAmount());
          insert.addBatch();
          rows++;
        }
      }
      insert.executeBatch();
    }
    return rows;
  }

  /** Updates changed open amounts, inserts the run's new PAYMENT items; returns {updated, created}. */
  private static int[] writeLedger(Connection db, List<OpenItem> before, List<OpenItem> after)
      throws SQLException {
    int updated = 0;
    int created = 0;
    try (PreparedStatement update = db.prepareStatement(
            "UPDATE open_item SET open_amount = ? WHERE document_id = ?");
        PreparedStatement insert = db.prepareStatement("INSERT INTO open_item (document_id,"
            + " customer_id, document_type, document_date, due_date, currency, amount,"
            + " open_amount, customer_reference) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (int i = 0; i < after.size(); i++) {
        OpenItem item = after.get(i);
        if (i < before.size()) {                 // same items in the same order, then new ones
          if (!item.openAmount().equals(before.get(i).openAmount())) {
            update.setBigDecimal(1, item.openAmount().getAmount());
            update.setString(2, item.documentId().value());
            update.addBatch();
            updated++;
          }
        } else {
          insert.setString(1, item.documentId().value());
          insert.setString(2, item.customerId().value());
          insert.setString(3, item.documentType().name());
          insert.setObject(4, item.documentDate());
          insert.setObject(5, item.dueDate());
          insert.setString(6, item.currency().getCode());
          insert.setBigDecimal(7, item.amount().getAmount());
          insert.setBigDecimal(8, item.openAmount().getAmount());
          insert.setString(9, item.reference().orElse(null));
          insert.addBatch();
          created++;
        }
      }
      update.executeBatch();
      insert.executeBatch();
    }
    return new int[] {updated, created};
  }

  private static void markApplied(Connection db, List<IncomingPayment> payments)
      throws SQLException {
    try (PreparedStatement update = db.prepareStatement(
        "UPDATE payment SET status = 'APPLIED' WHERE payment_id = ?")) {
      for (IncomingPayment payment : payments) {
        update.setString(1, payment.paymentId().value());
        update.addBatch();
      }
      update.executeBatch();
    }
  }

  // ---- setup ----

  /** Whether {@code table} exists (any case the database folds names to). */
  static boolean hasTable(Connection db, String table) throws SQLException {
    for (String name : List.of(table, table.toUpperCase(java.util.Locale.ROOT))) {
      try (ResultSet rs = db.getMetaData().getTables(null, null, name, null)) {
        if (rs.next()) {
          return true;
        }
      }
    }
    return false;
  }

  /** Runs a script of this package: statements end with {@code ;} at a line end; {@code --} comments. */
  static void runScript(Connection db, String resource) throws SQLException {
    String script;
    try (InputStream in = DatabaseExample.class.getResourceAsStream(resource)) {
      script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    StringBuilder sql = new StringBuilder();
    try (Statement st = db.createStatement()) {
      for (String line : script.split("\n")) {
        String text = line.strip();
        if (text.isEmpty() || text.startsWith("--")) {
          continue;
        }
        sql.append(text).append('\n');
        if (text.endsWith(";")) {
          st.execute(sql.substring(0, sql.lastIndexOf(";")));
          sql.setLength(0);
        }
      }
    }
  }
}
