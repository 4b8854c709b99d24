package io.credere.cli.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import io.credere.cli.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AllocateCommandTest {

  @TempDir
  Path dir;

  private Path write(String name, String text) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, text);
    return file;
  }

  private Path ledger() throws Exception {
    return write("ledger.csv", """
        customer_id,document_id,document_type,document_date,due_date,currency,amount,open_amount
        C-1,INV-2026-04784,INVOICE,2026-10-01,2026-10-31,EUR,100.00,100.00
        C-1,INV-2026-04785,INVOICE,2026-10-01,2026-10-31,EUR,50.00,50.00
        C-2,INV-2026-04786,INVOICE,2026-10-01,2026-10-31,GBP,80.00,80.00
        """);
  }

  @Test
  void writes_the_contract_rows_and_the_ledger_after() throws Exception {
    Path payments = write("payments.csv", """
        payment_id,payment_date,currency,amount,customer_id,payer_name,payer_account,remittance
        P-1,2026-11-20,EUR,99.70,,,,inv.04784
        P-2,2026-11-20,GBP,90.00,C-2,,,RE: INV-2026-04786
        P-3,2026-11-20,EUR,5.00,,=EVIL,,
        """);
    Path after = dir.resolve("after.csv");
    CliRun run = CliRun.of("allocate", "--ledger", ledger().toString(), "--payments",
        payments.toString(), "--as-of", "2026-11-20", "--tolerance-amount", "0.50",
        "--ledger-out", after.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo("""
        payment_id,customer_id,document_id,kind,amount,rule,explanation
        P-1,C-1,INV-2026-04784,ALLOCATED,99.70,REFERENCE_WRITE_OFF,"INV-2026-04784, open EUR 100.00, paid EUR 99.70: INV-2026-04784 named in the remittance as '04784' (OCR look-alikes or leading zeros folded); the amount equals what is open but for EUR 0.30, within tolerance; payer not identified otherwise, but every document named is of C-1; against: nothing; no other reading came near."
        P-1,C-1,INV-2026-04784,WRITE_OFF,0.30,REFERENCE_WRITE_OFF,Difference of EUR 0.30 on INV-2026-04784 written off: within the tolerance of EUR 0.50.
        P-2,C-2,INV-2026-04786,ALLOCATED,80.00,REFERENCE_OVERPAYMENT,"INV-2026-04786, open GBP 80.00, paid in full: INV-2026-04786 named in the remittance; payer customer id C-2 given with the payment; against: the amount exceeds what is open by GBP 10.00; no other reading came near."
        P-2,C-2,,ON_ACCOUNT,10.00,REFERENCE_OVERPAYMENT,GBP 10.00 left on account of C-2 (identified by customer id C-2 given with the payment): the cash exceeds the documents by GBP 10.00.
        P-3,,,UNAPPLIED,5.00,UNIDENTIFIED,Payer not identified with confidence (payer name '=EVIL' matches no customer): EUR 5.00 goes to suspense to investigate.
        """);
    assertThat(Files.readString(after)).isEqualTo("""
        customer_id,document_id,document_type,document_date,due_date,currency,amount,open_amount,reference,discount_date,discount_percent,disputed
        C-1,INV-2026-04784,INVOICE,2026-10-01,2026-10-31,EUR,100.00,0.00,,,,false
        C-1,INV-2026-04785,INVOICE,2026-10-01,2026-10-31,EUR,50.00,50.00,,,,false
        C-2,INV-2026-04786,INVOICE,2026-10-01,2026-10-31,GBP,80.00,0.00,,,,false
        C-2,P-2,PAYMENT,2026-11-20,2026-11-20,GBP,-10.00,-10.00,P-2,,,false
        SUSPENSE,P-3,PAYMENT,2026-11-20,2026-11-20,EUR,-5.00,-5.00,P-3,,,false
        """);
    assertThat(run.err()).contains("payments 3, matched 2");
  }

  @Test
  void bad_payment_row_exits_1_naming_line_and_column() throws Exception {
    Path payments = write("payments.csv", """
        payment_id,payment_date,currency,amount
        P-1,2026-11-20,EUR,-5.00
        """);
    CliRun run = CliRun.of("allocate", "--ledger", ledger().toString(), "--payments",
        payments.toString(), "--as-of", "2026-11-20");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("line 2").contains("amount");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void missing_required_option_exits_2() throws Exception {
    CliRun run = CliRun.of("allocate", "--ledger", ledger().toString(), "--as-of", "2026-11-20");
    assertThat(run.exitCode()).isEqualTo(2);
  }
}
