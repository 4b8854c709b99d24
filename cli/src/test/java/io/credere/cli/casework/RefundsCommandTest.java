package io.credere.cli.casework;

import static org.assertj.core.api.Assertions.assertThat;

import io.credere.cli.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code refunds} on a hand-worked ledger.
 *
 * <ul>
 *   <li>C-1 EUR: credits CN-1 400.00 (dated 10-15) then PAY-1 900.00 (11-01); invoices oldest due
 *       first INV-2 150.00 (due 09-01), INV-1 300.00 (10-01), INV-3 100.00 (11-30). CN-1 settles
 *       INV-2 (150.00) and 250.00 of INV-1; PAY-1 the last 50.00 of INV-1 and INV-3 (100.00), and
 *       750.00 is left to refund, above 500: approval. Balance 1300.00 = 550.00 + 750.00.
 *   <li>C-2 GBP: CN-2 120.00, nothing to offset: refund 120.00, no approval.
 *   <li>C-3 JPY: CN-3 60000 against INV-5 10000: refund 50000, above JPY 500.
 *   <li>C-4 EUR: CN-4 100.00 against INV-7 500.00: all offset (INV-6 is settled).
 *   <li>C-9 EUR: not in the customers file: its refund always needs approval.
 *   <li>SUSPENSE EUR 821.58: unidentified cash, never offset or refunded.
 * </ul>
 */
class RefundsCommandTest {

  static final String HEADER = String.join(",", RefundsCommand.COLUMNS) + "\n";
  static final String LEDGER = "customer_id,document_id,document_type,document_date,due_date,"
      + "currency,amount,open_amount\n"
      + "C-1,INV-1,INVOICE,2026-09-01,2026-10-01,EUR,300.00,300.00\n"
      + "C-1,INV-2,INVOICE,2026-08-01,2026-09-01,EUR,200.00,150.00\n"
      + "C-1,INV-3,INVOICE,2026-10-01,2026-11-30,EUR,100.00,100.00\n"
      + "C-1,PAY-1,PAYMENT,2026-11-01,2026-11-01,EUR,-900.00,-900.00\n"
      + "C-1,CN-1,CREDIT_NOTE,2026-10-15,2026-10-15,EUR,-400.00,-400.00\n"
      + "C-1,INV-4,INVOICE,2026-09-01,2026-10-01,GBP,50.00,50.00\n"
      + "C-2,CN-2,CREDIT_NOTE,2026-11-01,2026-11-01,GBP,-120.00,-120.00\n"
      + "SUSPENSE,PAY-9,PAYMENT,2026-11-18,2026-11-18,EUR,-821.58,-821.58\n"
      + "C-3,CN-3,CREDIT_NOTE,2026-11-01,2026-11-01,JPY,-60000,-60000\n"
      + "C-3,INV-5,INVOICE,2026-10-01,2026-10-31,JPY,10000,10000\n"
      + "C-4,INV-6,INVOICE,2026-10-01,2026-10-31,EUR,100.00,0.00\n"
      + "C-4,INV-7,INVOICE,2026-10-01,2026-11-30,EUR,500.00,500.00\n"
      + "C-4,CN-4,CREDIT_NOTE,2026-11-02,2026-11-02,EUR,-100.00,-100.00\n"
      + "C-9,CN-9,CREDIT_NOTE,2026-11-01,2026-11-01,EUR,-700.00,-700.00\n";
  static final String CUSTOMERS = "customer_id,name,currency\nC-1,Acme,EUR\nC-2,Bolt,GBP\n"
      + "C-3,Cog KK,JPY\nC-4,Dent,EUR\n";

  @TempDir
  Path dir;

  private String write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text).toString();
  }

  private CliRun refunds(String... extra) throws IOException {
    String[] base = {"refunds", "--ledger", write("ledger.csv", LEDGER), "--customers",
        write("customers.csv", CUSTOMERS), "--as-of", "2026-11-20"};
    String[] args = java.util.Arrays.copyOf(base, base.length + extra.length);
    System.arraycopy(extra, 0, args, base.length, extra.length);
    return CliRun.of(args);
  }

  @Test
  void offsets_oldest_due_first_then_refunds_with_approval_above_500() throws IOException {
    CliRun run = refunds();
    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo(HEADER
        + "C-1,EUR,1300.00,INV-2;INV-1;INV-3,550.00,750.00,true,\"C-1 has EUR 1300.00 of "
        + "credits as of 2026-11-20: EUR 550.00 offset against INV-2, INV-1, INV-3 (oldest due "
        + "first), EUR 750.00 to refund (needs approval: above EUR 500).\"\n"
        + "C-2,GBP,120.00,,0.00,120.00,false,\"C-2 has GBP 120.00 of credits as of 2026-11-20: "
        + "no open invoice in GBP to offset, GBP 120.00 to refund (no approval needed: not "
        + "above GBP 500).\"\n"
        + "C-3,JPY,60000,INV-5,10000,50000,true,\"C-3 has JPY 60000 of credits as of "
        + "2026-11-20: JPY 10000 offset against INV-5 (oldest due first), JPY 50000 to refund "
        + "(needs approval: above JPY 500).\"\n"
        + "C-4,EUR,100.00,INV-7,100.00,0.00,false,\"C-4 has EUR 100.00 of credits as of "
        + "2026-11-20: EUR 100.00 offset against INV-7 (oldest due first), nothing left to "
        + "refund.\"\n"
        + "C-9,EUR,700.00,,0.00,700.00,true,\"C-9 has EUR 700.00 of credits as of 2026-11-20: no "
        + "open invoice in EUR to offset, EUR 700.00 to refund (needs approval: the customer is "
        + "not in the customers file).\"\n");
  }

  @Test
  void a_refund_equal_to_the_threshold_needs_no_approval() throws IOException {
    CliRun run = refunds("--approval-above", "750");
    assertThat(run.out()).contains("\nC-1,EUR,1300.00,INV-2;INV-1;INV-3,550.00,750.00,false,")
        .contains("(no approval needed: not above EUR 750)")
        .contains("\nC-3,JPY,60000,INV-5,10000,50000,true,");
  }

  @Test
  void thresholds_per_currency_keep_500_for_the_others() throws IOException {
    CliRun run = refunds("--approval-above", "EUR:1000,JPY:50000");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("\nC-1,EUR,1300.00,INV-2;INV-1;INV-3,550.00,750.00,false,")
        .contains("\nC-2,GBP,120.00,,0.00,120.00,false,")
        .contains("\nC-3,JPY,60000,INV-5,10000,50000,false,")
        .contains("\nC-9,EUR,700.00,,0.00,700.00,true,");
  }

  @Test
  void unreadable_thresholds_are_wrong_usage_and_bad_ledger_rows_invalid_input()
      throws IOException {
    assertThat(refunds("--approval-above", "-5").exitCode()).isEqualTo(2);
    assertThat(refunds("--approval-above", "five").exitCode()).isEqualTo(2);
    assertThat(refunds("--approval-above", "EUR:5,EUR:6").exitCode()).isEqualTo(2);
    assertThat(refunds("--approval-above", "ZZZ:5").exitCode()).isEqualTo(2);
    assertThat(CliRun.of("refunds", "--ledger", write("ledger.csv", LEDGER), "--as-of",
        "2026-11-20").exitCode()).isEqualTo(2);
    String bad = write("bad.csv", LEDGER + "C-5,CN-5,CREDIT_NOTE,2026-11-01,2026-11-01,EUR,"
        + "-10.00,-10.001\n");
    CliRun run = CliRun.of("refunds", "--ledger", bad, "--customers",
        write("customers.csv", CUSTOMERS), "--as-of", "2026-11-20");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains(bad + ", line 16, column open_amount: '-10.001'");
  }
}
