package io.credere.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

class DatabaseExampleTest {

  private Connection db;

  @BeforeEach
  void createSampleDatabase(TestInfo test) throws SQLException {
    db = DriverManager.getConnection("jdbc:h2:mem:" + test.getTestMethod().orElseThrow().getName());
    DatabaseExample.runScript(db, "schema.sql");
    DatabaseExample.runScript(db, "sample-data.sql");
  }

  @AfterEach
  void close() throws SQLException {
    db.close();
  }

  private List<String> rows(String sql) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      int columns = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        StringBuilder row = new StringBuilder();
        for (int i = 1; i <= columns; i++) {
          Object value = rs.getObject(i);
          row.append(i > 1 ? " " : "").append(value instanceof BigDecimal d
              ? d.stripTrailingZeros().toPlainString() : value);
        }
        rows.add(row.toString());
      }
    }
    return rows;
  }

  private BigDecimal sum(String sql, String currency) throws SQLException {
    try (PreparedStatement st = db.prepareStatement(sql)) {
      st.setString(1, currency);
      try (ResultSet rs = st.executeQuery()) {
        rs.next();
        BigDecimal sum = rs.getBigDecimal(1);
        return sum == null ? BigDecimal.ZERO : sum.stripTrailingZeros();
      }
    }
  }

  /** Everything a run could change, to compare before and after. */
  private List<String> snapshot() throws SQLException {
    List<String> all = new ArrayList<>();
    all.addAll(rows("SELECT * FROM open_item ORDER BY document_id"));
    all.addAll(rows("SELECT * FROM payment ORDER BY payment_id"));
    all.addAll(rows("SELECT * FROM aging_report ORDER BY customer_id, currency, bucket"));
    all.addAll(rows("SELECT * FROM allocation_line ORDER BY payment_id, line_no"));
    return all;
  }

  @Test
  void month_end_writes_lines_aging_and_open_amounts() throws SQLException {
    DatabaseExample.Summary summary = DatabaseExample.monthEnd(db, DatabaseExample.SAMPLE_AS_OF);

    assertThat(summary).isEqualTo(new DatabaseExample.Summary(5, 7, 24, 4, 1));
    assertThat(rows("SELECT COUNT(*) FROM allocation_line")).containsExactly("7");
    assertThat(rows("SELECT COUNT(*) FROM aging_report")).containsExactly("24");
    assertThat(rows("SELECT payment_id, line_no, kind, document_id, amount FROM allocation_line"
        + " ORDER BY payment_id, line_no")).containsExactly(
            "P-1 1 ALLOCATED INV-1001 1000",
            "P-2 1 ALLOCATED INV-1002 99.6",
            "P-2 2 WRITE_OFF INV-1002 0.4",        // 0.40 within 0.5 % of 100.00
            "P-3 1 ALLOCATED INV-2001 500",
            "P-3 2 SHORT_PAYMENT INV-2001 250",
            "P-4 1 UNAPPLIED null 210",
            "P-5 1 ALLOCATED INV-3001 3000");
    assertThat(rows("SELECT document_id, customer_id, open_amount FROM open_item"
        + " WHERE document_id IN ('INV-1002', 'INV-2001', 'P-4') ORDER BY document_id"))
        .containsExactly("INV-1002 C-1 0", "INV-2001 C-2 250", "P-4 SUSPENSE -210");
    assertThat(rows("SELECT DISTINCT status FROM payment")).containsExactly("APPLIED");
    assertThat(rows("SELECT bucket, amount FROM aging_report WHERE customer_id = 'C-3'"
        + " ORDER BY bucket")).containsExactly("1-30 0", "31-60 0", "61-90 0", "91+ 0",
            "current 640", "unapplied_credits 0");
  }

  @Test
  void open_amounts_before_equal_after_plus_allocated_discounts_and_write_offs()
      throws SQLException {
    String openSum = "SELECT SUM(open_amount) FROM open_item"
        + " WHERE currency = ? AND document_type <> 'PAYMENT'";
    BigDecimal eurBefore = sum(openSum, "EUR");
    BigDecimal gbpBefore = sum(openSum, "GBP");

    DatabaseExample.monthEnd(db, DatabaseExample.SAMPLE_AS_OF);

    String reducing = "SELECT SUM(amount) FROM allocation_line WHERE currency = ?"
        + " AND kind IN ('ALLOCATED', 'DISCOUNT', 'WRITE_OFF')";
    assertThat(eurBefore).isEqualByComparingTo("7190.00");
    assertThat(sum(openSum, "EUR").add(sum(reducing, "EUR"))).isEqualByComparingTo(eurBefore);
    assertThat(sum(openSum, "GBP").add(sum(reducing, "GBP"))).isEqualByComparingTo(gbpBefore);
    assertThat(sum(reducing, "EUR")).isEqualByComparingTo("4100.00");
    // each payment's cash lines add up to the payment
    assertThat(rows("SELECT p.payment_id FROM payment p JOIN allocation_line l"
        + " ON l.payment_id = p.payment_id AND l.kind IN ('ALLOCATED', 'ON_ACCOUNT', 'UNAPPLIED')"
        + " GROUP BY p.payment_id, p.amount HAVING SUM(l.amount) <> p.amount")).isEmpty();
    // the aging report holds exactly the open balance, per currency
    assertThat(sum("SELECT SUM(amount) FROM aging_report WHERE currency = ?", "EUR"))
        .isEqualByComparingTo(sum("SELECT SUM(open_amount) FROM open_item WHERE currency = ?",
            "EUR"));
    assertThat(sum("SELECT SUM(amount) FROM aging_report WHERE currency = ?", "GBP"))
        .isEqualByComparingTo("650.00");
  }

  @Test
  void a_failure_mid_way_leaves_the_database_unchanged() throws SQLException {
    // a settled item already holds the id the suspense item of P-4 will get: its insert fails
    // after the allocation lines, the aging rows and the open-amount updates were written
    try (Statement st = db.createStatement()) {
      st.execute("INSERT INTO open_item VALUES ('P-4', 'C-9', 'INVOICE', DATE '2026-01-01',"
          + " DATE '2026-01-31', 'EUR', 10.00, 0, NULL)");
    }
    List<String> before = snapshot();

    assertThatThrownBy(() -> DatabaseExample.monthEnd(db, DatabaseExample.SAMPLE_AS_OF))
        .isInstanceOf(SQLException.class);

    assertThat(snapshot()).isEqualTo(before);
    assertThat(rows("SELECT COUNT(*) FROM allocation_line")).containsExactly("0");
    assertThat(db.getAutoCommit()).isTrue();
  }

  @Test
  void a_second_run_finds_no_new_payments() throws SQLException {
    DatabaseExample.monthEnd(db, DatabaseExample.SAMPLE_AS_OF);
    DatabaseExample.Summary again = DatabaseExample.monthEnd(db,
        DatabaseExample.SAMPLE_AS_OF.plusDays(1));
    assertThat(again.payments()).isZero();
    assertThat(again.allocationLines()).isZero();
    assertThat(rows("SELECT COUNT(*) FROM aging_report WHERE as_of = DATE '2026-11-21'"))
        .containsExactly("24");
  }

  @Test
  void main_creates_the_sample_database_and_commits() throws Exception {
    List<String> out = MainOutput.lines(() -> DatabaseExample.main(
        new String[] {"jdbc:h2:mem:main_test", "2026-11-20"}));
    assertThat(out).containsExactly("Applied 5 payments as of 2026-11-20: 7 allocation lines, "
        + "4 open items updated, 1 on-account/suspense items, 24 aging rows; committed.");
  }
}
