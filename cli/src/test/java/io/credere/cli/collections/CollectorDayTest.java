package io.credere.cli.collections;

import static org.assertj.core.api.Assertions.assertThat;

import io.credere.cli.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code worklist} and {@code dunning} with {@code --contacts}, {@code --payments},
 * {@code --disputes} and {@code --notices-out}, on hand-worked files as of 2026-11-20 (grace 3
 * days, standard policy, every customer risk class A, weight 1):
 *
 * <ul>
 *   <li>C-1 EUR 1000.00, 50 days: promised by 11-12, nothing paid by 11-15: BROKEN; called
 *       first, dunned (level 1 on a first run).
 *   <li>C-2 EUR 2000.00, 40 days: promised by 11-27: OPEN, the date still to come; not on the
 *       list, not dunned (UNDER_PROMISE).
 *   <li>C-3 EUR 600.00, 20 days: promised 600.00 by 11-14, paid 200.00 on 11-13: PARTIALLY_KEPT;
 *       called first after C-1 (12,000 amount-days against 50,000), dunned.
 *   <li>C-4 GBP 300.00, 30 days: promised by today, 11-20: OPEN and on its date, so listed but
 *       not dunned; C-4 EUR 100.00 is not under that promise but wholly disputed (D-000003, in
 *       review): listed (the worklist reads no disputes file), nothing dunned.
 *   <li>C-5 EUR 3000.00, 20 days, 300.00 of it disputed (D-000001): 2700.00 dunned.
 * </ul>
 */
class CollectorDayTest {

  static final String LEDGER = "customer_id,document_id,document_type,document_date,due_date,"
      + "currency,amount,open_amount\n"
      + "C-1,INV-1,INVOICE,2026-09-01,2026-10-01,EUR,1000.00,1000.00\n"
      + "C-2,INV-2,INVOICE,2026-09-01,2026-10-11,EUR,2000.00,2000.00\n"
      + "C-3,INV-3,INVOICE,2026-10-01,2026-10-31,EUR,600.00,600.00\n"
      + "C-4,INV-4,INVOICE,2026-10-01,2026-10-21,GBP,300.00,300.00\n"
      + "C-4,INV-5,INVOICE,2026-10-01,2026-10-21,EUR,100.00,100.00\n"
      + "C-5,INV-6,INVOICE,2026-10-01,2026-10-31,EUR,3000.00,3000.00\n";
  static final String CUSTOMERS = "customer_id,name,currency,risk_class\nC-1,Acme,EUR,A\n"
      + "C-2,Bolt,EUR,A\nC-3,Cog,EUR,A\nC-4,Dent,GBP,A\nC-5,Edge,EUR,A\n";
  static final String CONTACTS = "customer_id,date,channel,outcome,currency,promised_amount,"
      + "promised_date,documents,note\n"
      + "C-1,2026-11-05,PHONE,PROMISE_TO_PAY,EUR,1000.00,2026-11-12,INV-1,\n"
      + "C-2,2026-11-16,PHONE,PROMISE_TO_PAY,EUR,2000.00,2026-11-27,,\n"
      + "C-3,2026-11-10,EMAIL,PROMISE_TO_PAY,EUR,600.00,2026-11-14,,\n"
      + "C-4,2026-11-14,PHONE,PROMISE_TO_PAY,GBP,300.00,2026-11-20,,\n"
      + "C-4,2026-11-18,PHONE,CALL_BACK,,,,,after lunch\n"
      + "C-1,2026-11-17,EMAIL,NO_CONTACT,,,,,\n"
      + "C-5,2026-11-21,PHONE,PROMISE_TO_PAY,EUR,3000.00,2026-11-25,,tomorrow's call\n";
  static final String PAYMENTS = "payment_id,payment_date,currency,amount,customer_id\n"
      + "P-1,2026-11-13,EUR,200.00,C-3\n";
  static final String DISPUTES = "dispute_id,customer_id,document_id,payment_id,currency,"
      + "amount,reason,owner,status,opened,due,explanation\n"
      + "D-000001,C-5,INV-6,P-9,EUR,300.00,PRICING,SALES,OPEN,2026-11-16,2026-11-30,x\n"
      + "D-000002,C-1,INV-1,P-7,EUR,500.00,OTHER,BILLING,RESOLVED,2026-11-02,2026-11-16,x\n"
      + "D-000003,C-4,INV-5,P-8,EUR,100.00,QUANTITY,LOGISTICS,IN_REVIEW,2026-11-16,2026-11-30,x\n";

  @TempDir
  Path dir;

  private String write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text).toString();
  }

  @Test
  void worklist_puts_broken_promises_first_and_waits_for_open_ones() throws IOException {
    CliRun run = CliRun.of("worklist", "--ledger", write("ledger.csv", LEDGER), "--customers",
        write("customers.csv", CUSTOMERS), "--as-of", "2026-11-20", "--contacts",
        write("contacts.csv", CONTACTS), "--payments", write("payments.csv", PAYMENTS));
    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo(String.join(",", WorklistReport.COLUMNS) + "\n"
        + "1,C-1,Acme,EUR,1000.00,1,50,A,true,50000.00,\"Called first. Broken promise: EUR "
        + "1000.00 promised by 2026-11-12, nothing paid by 2026-11-15. 1000.00 EUR overdue in 1 "
        + "item(s), the oldest 50 days, risk grade A (weight 1.0). Last contact 2026-11-17 by "
        + "email: NO_CONTACT.\",2026-11-17,NO_CONTACT\n"
        + "2,C-3,Cog,EUR,600.00,1,20,A,true,12000.00,\"Called first. Promise kept only in part: "
        + "EUR 200.00 of EUR 600.00 paid by 2026-11-17, EUR 400.00 short. 600.00 EUR overdue in "
        + "1 item(s), the oldest 20 days, risk grade A (weight 1.0). Last contact 2026-11-10 by "
        + "email: PROMISE_TO_PAY.\",2026-11-10,PROMISE_TO_PAY\n"
        + "3,C-5,Edge,EUR,3000.00,1,20,A,false,60000.00,\"3000.00 EUR overdue in 1 item(s), the "
        + "oldest 20 days, risk grade A (weight 1.0).\",,\n"
        + "4,C-4,Dent,GBP,300.00,1,30,A,false,9000.00,\"Promise to pay GBP 300.00 by 2026-11-20 "
        + "still open (nothing paid yet, cash counts to 2026-11-23). 300.00 GBP overdue in 1 "
        + "item(s), the oldest 30 days, risk grade A (weight 1.0). Last contact 2026-11-18 by "
        + "phone: CALL_BACK.\",2026-11-18,CALL_BACK\n"
        + "5,C-4,Dent,EUR,100.00,1,30,A,false,3000.00,\"100.00 EUR overdue in 1 item(s), the "
        + "oldest 30 days, risk grade A (weight 1.0). Last contact 2026-11-18 by phone: "
        + "CALL_BACK.\",2026-11-18,CALL_BACK\n");
  }

  @Test
  void dunning_skips_open_promises_duns_broken_ones_and_the_undisputed_rest() throws IOException {
    Path notices = dir.resolve("notices-out.csv");
    CliRun run = CliRun.of("dunning", "--ledger", write("ledger.csv", LEDGER), "--customers",
        write("customers.csv", CUSTOMERS), "--as-of", "2026-11-20", "--contacts",
        write("contacts.csv", CONTACTS), "--payments", write("payments.csv", PAYMENTS),
        "--disputes", write("disputes.csv", DISPUTES), "--notices-out", notices.toString());
    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo(String.join(",", DunningReport.COLUMNS) + "\n"
        + "C-1,Acme,EUR,1,EMAIL,INV-1,1000.00,,0.00,0.00,0.00,0.00,1000.00,2026-11-30,,,\"Level 1 "
        + "EMAIL for 1 overdue item(s) of 1000.00 EUR, the oldest 50 days past due (no level "
        + "sent before); next step on 2026-11-30. Broken promise: EUR 1000.00 promised by "
        + "2026-11-12, nothing paid by 2026-11-15.\"\n"
        + "C-2,Bolt,EUR,,,,0.00,,0.00,0.00,0.00,0.00,0.00,,UNDER_PROMISE,INV-2:UNDER_PROMISE,\"The "
        + "account is excluded from dunning (under promise): 1 overdue item(s) of 2000.00 EUR "
        + "are not dunned. Promise to pay EUR 2000.00 by 2026-11-27 still open (nothing paid "
        + "yet, cash counts to 2026-11-30).\"\n"
        + "C-3,Cog,EUR,1,EMAIL,INV-3,600.00,,0.00,0.00,0.00,0.00,600.00,2026-11-30,,,\"Level 1 EMAIL "
        + "for 1 overdue item(s) of 600.00 EUR, the oldest 20 days past due (no level sent "
        + "before); next step on 2026-11-30. Promise kept only in part: EUR 200.00 of EUR "
        + "600.00 paid by 2026-11-17, EUR 400.00 short.\"\n"
        + "C-4,Dent,EUR,,,,0.00,,0.00,0.00,0.00,0.00,0.00,,ALL_ITEMS_EXCLUDED,INV-5:DISPUTED,\"All 1 "
        + "overdue item(s) are excluded (disputed, in a payment plan or under a promise); "
        + "nothing is dunned. Under dispute and not claimed: INV-5 EUR 100.00 (D-000003, "
        + "IN_REVIEW).\"\n"
        + "C-4,Dent,GBP,,,,0.00,,0.00,0.00,0.00,0.00,0.00,,UNDER_PROMISE,INV-4:UNDER_PROMISE,\"The "
        + "account is excluded from dunning (under promise): 1 overdue item(s) of 300.00 GBP "
        + "are not dunned. Promise to pay GBP 300.00 by 2026-11-20 still open (nothing paid "
        + "yet, cash counts to 2026-11-23).\"\n"
        + "C-5,Edge,EUR,1,EMAIL,INV-6,2700.00,,0.00,0.00,0.00,0.00,2700.00,2026-11-30,,"
        + "INV-6:DISPUTED,\"Level 1 EMAIL for 1 overdue item(s) of 2700.00 EUR, the oldest 20 "
        + "days past due (no level sent before); next step on 2026-11-30. Under dispute and not "
        + "claimed: INV-6 EUR 300.00 (D-000001, OPEN).\"\n");
    assertThat(Files.readString(notices)).isEqualTo("customer_id,currency,level,date,documents\n"
        + "C-1,EUR,1,2026-11-20,INV-1\n"
        + "C-3,EUR,1,2026-11-20,INV-3\n"
        + "C-5,EUR,1,2026-11-20,INV-6\n");

    // The next day's run reads them: level 2 waits 10 days after the notice of 11-20.
    CliRun nextDay = CliRun.of("dunning", "--ledger", write("ledger.csv", LEDGER),
        "--customers", write("customers.csv", CUSTOMERS), "--as-of", "2026-11-21",
        "--notices", notices.toString());
    assertThat(nextDay.exitCode()).isZero();
    assertThat(nextDay.out()).contains("\nC-1,Acme,EUR,,,,0.00,,0.00,0.00,0.00,0.00,0.00,2026-11-30,"
        + "WAITING,,\"Level 2 waits 10 days after the last notice of 2026-11-20 for 1 overdue "
        + "item(s) of 1000.00 EUR, the oldest 51 days past due; next step on 2026-11-30.\"\n");
  }

  @Test
  void open_credits_are_listed_and_deducted_from_the_claim() throws IOException {
    // C-7: INV-9 500.00 is 20 days overdue: level 1. Its credit note CN-7 (120.00) is listed and
    // deducted: 500.00 - 120.00 = 380.00 claimed.
    String ledger = write("ledger.csv", LEDGER
        + "C-7,INV-9,INVOICE,2026-10-01,2026-10-31,EUR,500.00,500.00\n"
        + "C-7,CN-7,CREDIT_NOTE,2026-11-02,2026-11-02,EUR,-120.00,-120.00\n");
    CliRun run = CliRun.of("dunning", "--ledger", ledger, "--customers",
        write("customers.csv", CUSTOMERS + "C-7,Gale,EUR,A\n"), "--as-of", "2026-11-20");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("\nC-7,Gale,EUR,1,EMAIL,INV-9,500.00,CN-7,-120.00,0.00,0.00,"
        + "0.00,380.00,2026-11-30,,,\"Level 1 EMAIL for 1 overdue item(s) of 500.00 EUR, the "
        + "oldest 20 days past due (no level sent before); less open credits 120.00 EUR, "
        + "claimed 380.00 EUR; next step on 2026-11-30.\"\n");
  }

  @Test
  void contacts_and_payments_come_together() throws IOException {
    String ledger = write("ledger.csv", LEDGER);
    String customers = write("customers.csv", CUSTOMERS);
    for (String command : new String[] {"worklist", "dunning"}) {
      assertThat(CliRun.of(command, "--ledger", ledger, "--customers", customers, "--as-of",
          "2026-11-20", "--contacts", write("contacts.csv", CONTACTS)).exitCode())
          .isEqualTo(2);
      assertThat(CliRun.of(command, "--ledger", ledger, "--customers", customers, "--as-of",
          "2026-11-20", "--payments", write("payments.csv", PAYMENTS)).exitCode())
          .isEqualTo(2);
      assertThat(CliRun.of(command, "--ledger", ledger, "--customers", customers, "--as-of",
          "2026-11-31").exitCode()).as("an unreadable date is wrong usage").isEqualTo(2);
    }
  }

  @Test
  void a_bad_contact_or_dispute_row_is_invalid_input_and_nothing_is_written() throws IOException {
    Path notices = dir.resolve("notices-out.csv");
    String contacts = write("contacts.csv", CONTACTS + "C-9,2026-11-19,FAX,CALL_BACK,,,,,\n");
    CliRun run = CliRun.of("dunning", "--ledger", write("ledger.csv", LEDGER), "--customers",
        write("customers.csv", CUSTOMERS), "--as-of", "2026-11-20", "--contacts", contacts,
        "--payments", write("payments.csv", PAYMENTS), "--notices-out", notices.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains(contacts + ", line 9, column channel: 'FAX' is not one of");
    assertThat(run.out()).isEmpty();
    assertThat(notices).doesNotExist();
    String disputes = write("disputes.csv", DISPUTES.replace("300.00,PRICING", "300.001,PRICING"));
    CliRun bad = CliRun.of("dunning", "--ledger", write("ledger.csv", LEDGER), "--customers",
        write("customers.csv", CUSTOMERS), "--as-of", "2026-11-20", "--disputes", disputes);
    assertThat(bad.exitCode()).isEqualTo(1);
    assertThat(bad.err()).contains(disputes + ", line 2, column amount: '300.001'");
  }
}
