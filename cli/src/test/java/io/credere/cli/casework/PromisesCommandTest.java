package io.credere.cli.casework;

import static org.assertj.core.api.Assertions.assertThat;

import io.credere.cli.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code promises} on hand-worked files. As of 2026-11-12, grace 3 days:
 *
 * <ul>
 *   <li>C-1 EUR: promise A (2026-11-02, 500.00 by 11-06, cash counts to 11-09) and B (11-03,
 *       100.00 by 11-12, to 11-15). P-1 (C-1 by id, 300.00 on 11-05) goes to A, the earliest
 *       open; P-2 (200.00 on 11-08, payer known only by the bank account on file) also goes to
 *       A, which is then paid in full: KEPT. B gets nothing and has time: OPEN.
 *   <li>C-2 GBP 50.00 by 11-05 (to 11-08): C-2 paid only EUR (P-5): BROKEN.
 *   <li>C-3 EUR 150.00 by 11-10: P-4 has no customer but names C-3's INV-30: KEPT.
 *   <li>C-1 GBP 100.00 by 11-20, made 11-10: C-1's GBP P-3 of 11-06 came before it: OPEN.
 * </ul>
 */
class PromisesCommandTest {

  static final String HEADER = String.join(",", PromisesCommand.COLUMNS) + "\n";
  static final String CUSTOMERS = "customer_id,name,currency,bank_accounts\n"
      + "C-1,Acme GmbH,EUR,DE89370400440532013000\nC-2,Bolt Ltd,GBP,\nC-3,Cog AG,EUR,\n";
  static final String LEDGER = "customer_id,document_id,document_type,document_date,due_date,"
      + "currency,amount,open_amount\n"
      + "C-3,INV-30,INVOICE,2026-10-01,2026-10-31,EUR,400.00,400.00\n";
  static final String PAYMENTS = "payment_id,payment_date,currency,amount,customer_id,"
      + "payer_name,payer_account,remittance\n"
      + "P-1,2026-11-05,EUR,300.00,C-1,,,\n"
      + "P-2,2026-11-08,EUR,200.00,,,DE89370400440532013000,\n"
      + "P-3,2026-11-06,GBP,100.00,C-1,,,\n"
      + "P-4,2026-11-07,EUR,150.00,,,,INV-30\n"
      + "P-5,2026-11-09,EUR,999.00,C-2,,,\n";
  static final String CONTACTS = "customer_id,date,channel,outcome,currency,promised_amount,"
      + "promised_date,documents,note\n"
      + "C-1,2026-11-02,PHONE,PROMISE_TO_PAY,EUR,500.00,2026-11-06,,will pay\n"
      + "C-1,2026-11-03,EMAIL,PROMISE_TO_PAY,EUR,100.00,2026-11-12,,\n"
      + "C-1,2026-11-04,PHONE,CALL_BACK,,,,,\n"
      + "C-2,2026-11-01,LETTER,PROMISE_TO_PAY,GBP,50.00,2026-11-05,,\n"
      + "C-3,2026-11-01,MEETING,PROMISE_TO_PAY,EUR,150.00,2026-11-10,INV-30,\n"
      + "C-1,2026-11-10,phone,promise_to_pay,GBP,100.00,2026-11-20,,\n";

  @TempDir
  Path dir;

  private String write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text).toString();
  }

  @Test
  void every_promise_with_its_status_byte_for_byte() throws IOException {
    CliRun run = CliRun.of("promises", "--contacts", write("contacts.csv", CONTACTS),
        "--payments", write("payments.csv", PAYMENTS), "--as-of", "2026-11-12",
        "--customers", write("customers.csv", CUSTOMERS), "--ledger",
        write("ledger.csv", LEDGER));
    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo(HEADER
        + "C-1,2026-11-02,EUR,500.00,2026-11-06,500.00,0.00,KEPT,\"C-1 promised EUR 500.00 by "
        + "2026-11-06 (phone on 2026-11-02; cash counts to 2026-11-09): kept, EUR 500.00 paid "
        + "(P-1 EUR 300.00 on 2026-11-05, P-2 EUR 200.00 on 2026-11-08).\"\n"
        + "C-1,2026-11-03,EUR,100.00,2026-11-12,0.00,100.00,OPEN,\"C-1 promised EUR 100.00 by "
        + "2026-11-12 (email on 2026-11-03; cash counts to 2026-11-15): open, nothing paid yet, "
        + "EUR 100.00 still to come by 2026-11-15.\"\n"
        + "C-2,2026-11-01,GBP,50.00,2026-11-05,0.00,50.00,BROKEN,\"C-2 promised GBP 50.00 by "
        + "2026-11-05 (letter on 2026-11-01; cash counts to 2026-11-08): broken, nothing paid "
        + "by 2026-11-08; dunning restarts.\"\n"
        + "C-3,2026-11-01,EUR,150.00,2026-11-10,150.00,0.00,KEPT,\"C-3 promised EUR 150.00 by "
        + "2026-11-10 (meeting on 2026-11-01; cash counts to 2026-11-13): kept, EUR 150.00 paid "
        + "(P-4 EUR 150.00 on 2026-11-07).\"\n"
        + "C-1,2026-11-10,GBP,100.00,2026-11-20,0.00,100.00,OPEN,\"C-1 promised GBP 100.00 by "
        + "2026-11-20 (phone on 2026-11-10; cash counts to 2026-11-23): open, nothing paid yet, "
        + "GBP 100.00 still to come by 2026-11-23.\"\n");
  }

  @Test
  void without_customers_and_ledger_only_cash_naming_its_customer_counts() throws IOException {
    // P-2 (bank account only) and P-4 (a reference only) cannot be attributed: A got 300.00 of
    // 500.00 by 11-09: PARTIALLY_KEPT; C-3's promise still has time: OPEN.
    CliRun run = CliRun.of("promises", "--contacts", write("contacts.csv", CONTACTS),
        "--payments", write("payments.csv", PAYMENTS), "--as-of", "2026-11-12");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith(HEADER
        + "C-1,2026-11-02,EUR,500.00,2026-11-06,300.00,200.00,PARTIALLY_KEPT,\"C-1 promised EUR "
        + "500.00 by 2026-11-06 (phone on 2026-11-02; cash counts to 2026-11-09): partly kept, "
        + "only EUR 300.00 paid (P-1 EUR 300.00 on 2026-11-05), EUR 200.00 short; dunning "
        + "restarts.\"\n");
    assertThat(run.out()).contains("\nC-3,2026-11-01,EUR,150.00,2026-11-10,0.00,150.00,OPEN,");
  }

  @Test
  void without_grace_a_late_payment_goes_to_the_next_open_promise() throws IOException {
    // Grace 0: A's cash counts to 11-06 only, so P-2 (11-08) falls to B (window 11-03..11-12),
    // which it pays in full; A keeps P-1 alone.
    CliRun run = CliRun.of("promises", "--contacts", write("contacts.csv", CONTACTS),
        "--payments", write("payments.csv", PAYMENTS), "--as-of", "2026-11-12",
        "--customers", write("customers.csv", CUSTOMERS), "--grace-days", "0");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith(HEADER
        + "C-1,2026-11-02,EUR,500.00,2026-11-06,300.00,200.00,PARTIALLY_KEPT,\"C-1 promised EUR "
        + "500.00 by 2026-11-06 (phone on 2026-11-02; cash counts to 2026-11-06): partly kept, "
        + "only EUR 300.00 paid (P-1 EUR 300.00 on 2026-11-05), EUR 200.00 short; dunning "
        + "restarts.\"\n"
        + "C-1,2026-11-03,EUR,100.00,2026-11-12,200.00,0.00,KEPT,\"C-1 promised EUR 100.00 by "
        + "2026-11-12 (email on 2026-11-03; cash counts to 2026-11-12): kept, EUR 200.00 paid "
        + "(P-2 EUR 200.00 on 2026-11-08).\"\n");
  }

  @Test
  void cash_dated_after_the_as_of_date_has_not_arrived_yet() throws IOException {
    // As of 11-07: P-1 (11-05) counts, P-2 (11-08) not yet; A still has time.
    CliRun run = CliRun.of("promises", "--contacts", write("contacts.csv", CONTACTS),
        "--payments", write("payments.csv", PAYMENTS), "--as-of", "2026-11-07",
        "--customers", write("customers.csv", CUSTOMERS));
    assertThat(run.out()).contains(
        "\nC-1,2026-11-02,EUR,500.00,2026-11-06,300.00,200.00,OPEN,\"C-1 promised EUR 500.00 by "
        + "2026-11-06 (phone on 2026-11-02; cash counts to 2026-11-09): open, EUR 300.00 paid so "
        + "far (P-1 EUR 300.00 on 2026-11-05), EUR 200.00 still to come by 2026-11-09.\"\n");
  }

  @Test
  void a_promise_without_its_date_names_file_line_and_column() throws IOException {
    String contacts = write("contacts.csv", CONTACTS
        + "C-2,2026-11-11,PHONE,PROMISE_TO_PAY,GBP,10.00,,,\n");
    CliRun run = CliRun.of("promises", "--contacts", contacts, "--payments",
        write("payments.csv", PAYMENTS), "--as-of", "2026-11-12");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains(contacts + ", line 8, column promised_date: is missing "
        + "(required for outcome PROMISE_TO_PAY)");
  }

  @Test
  void bad_contact_rows_are_each_named_and_go_to_rejects() throws IOException {
    String contacts = write("contacts.csv", CONTACTS
        + "C-2,2026-11-11,SMS,CALL_BACK,,,,,\n"
        + "C-2,2026-11-11,PHONE,PROMISE_TO_PAY,EUR,10.001,2026-11-30,,\n"
        + "C-2,2026-11-11,PHONE,PROMISE_TO_PAY,EUR,10.00,2026-11-10,,\n"
        + "C-2,2026-11-11,PHONE,PROMISE_TO_PAY,,10.00,2026-11-30,,\n"
        + "C-2,2026-11-11,PHONE,PROMISE_TO_PAY,EUR,-5.00,2026-11-30,,\n"
        + "C-2,2026-11-11,PHONE,SHOUTED,,,,,\n"
        + "C-2,2026-11-31,PHONE,CALL_BACK,,,,,\n");
    Path rejects = dir.resolve("rejects.csv");
    CliRun run = CliRun.of("promises", "--contacts", contacts, "--payments",
        write("payments.csv", PAYMENTS), "--as-of", "2026-11-12", "--rejects",
        rejects.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.out().lines()).hasSize(6);
    assertThat(Files.readString(rejects)).contains(
        contacts + ",8,\"" + contacts + ", line 8, column channel: 'SMS' is not one of PHONE, "
            + "EMAIL, LETTER, MEETING\"",
        contacts + ",9,\"" + contacts + ", line 9, column promised_amount: '10.001' ",
        contacts + ",10,\"" + contacts + ", line 10, column promised_date: '2026-11-10' is "
            + "before the contact's date 2026-11-11\"",
        contacts + ",11,\"" + contacts + ", line 11, column currency: is missing (required for "
            + "outcome PROMISE_TO_PAY)\"",
        contacts + ",12,\"" + contacts + ", line 12, column promised_amount: '-5.00' must be "
            + "positive\"",
        contacts + ",13,\"" + contacts + ", line 13, column outcome: 'SHOUTED' is not one of "
            + "PROMISE_TO_PAY, DISPUTE_RAISED, CALL_BACK, NO_CONTACT, PAYMENT_CLAIMED, REFUSED\"",
        contacts + ",14,\"" + contacts + ", line 14, column date: '2026-11-31' is not a date");
  }

  @Test
  void wrong_usage_exits_2() throws IOException {
    String contacts = write("contacts.csv", CONTACTS);
    String payments = write("payments.csv", PAYMENTS);
    assertThat(CliRun.of("promises", "--contacts", contacts, "--as-of", "2026-11-12")
        .exitCode()).isEqualTo(2);
    assertThat(CliRun.of("promises", "--contacts", contacts, "--payments", payments,
        "--as-of", "2026-11-31").exitCode()).isEqualTo(2);
    assertThat(CliRun.of("promises", "--contacts", contacts, "--payments", payments,
        "--as-of", "2026-11-12", "--grace-days", "-1").exitCode()).isEqualTo(2);
    assertThat(CliRun.of("promises", "--contacts", contacts, "--payments", payments,
        "--as-of", "2026-11-12", "--grace-days", "three").exitCode()).isEqualTo(2);
  }
}
