package io.credere.cli.casework;

import static org.assertj.core.api.Assertions.assertThat;

import io.credere.cli.CliRun;
import io.credere.cli.io.DisputesFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code disputes} on hand-worked files. Due dates are 10 business days (Monday to Friday) after
 * the payment date: Mon 2026-11-16 -> Mon 11-30; Wed 11-18 -> Wed 12-02; Fri 11-20 -> Fri 12-04;
 * Sat 11-21 -> Fri 12-04 (the first business day after a Saturday is Monday 11-23); Thu 11-19
 * -> Thu 12-03.
 */
class DisputesCommandTest {

  static final String HEADER = String.join(",", DisputesFile.COLUMNS) + "\n";
  static final String LEDGER = "customer_id,document_id,document_type,document_date,due_date,"
      + "currency,amount,open_amount\n"
      + "C-1,INV-1,INVOICE,2026-10-01,2026-10-31,EUR,1000.00,1000.00\n"
      + "C-1,INV-2,INVOICE,2026-10-05,2026-11-04,EUR,500.00,500.00\n"
      + "C-2,INV-3,INVOICE,2026-10-01,2026-10-31,GBP,800.00,800.00\n"
      + "C-3,INV-4,INVOICE,2026-10-01,2026-10-31,JPY,50000,50000\n"
      + "-C4,INV-5,INVOICE,2026-10-01,2026-10-31,EUR,300.00,300.00\n";
  static final String ALLOCATIONS = "payment_id,customer_id,document_id,kind,amount,rule,"
      + "explanation\n"
      + "P-1,C-1,INV-1,ALLOCATED,900.00,REFERENCE_AND_AMOUNT,x\n"
      + "P-1,C-1,INV-1,SHORT_PAYMENT,100.00,REFERENCE_AND_AMOUNT,x\n"
      + "P-2,C-2,INV-3,ALLOCATED,720.00,REFERENCE_AND_AMOUNT,x\n"
      + "P-2,C-2,INV-3,SHORT_PAYMENT,80.00,REFERENCE_AND_AMOUNT,x\n"
      + "P-3,C-3,INV-4,ALLOCATED,45000,REFERENCE,x\n"
      + "P-3,C-3,INV-4,SHORT_PAYMENT,5000,REFERENCE,x\n"
      + "P-4,C-1,INV-2,ALLOCATED,450.00,REFERENCE,x\n"
      + "P-4,C-1,INV-2,SHORT_PAYMENT,50.00,REFERENCE,x\n"
      + "P-5,'-C4,INV-5,ALLOCATED,250.00,REFERENCE,x\n"
      + "P-5,'-C4,INV-5,SHORT_PAYMENT,50.00,REFERENCE,x\n"
      + "P-6,,,UNAPPLIED,10.00,NONE,x\n";
  static final String PAYMENTS = "payment_id,payment_date,currency,amount,customer_id,remittance\n"
      + "P-1,2026-11-16,EUR,900.00,C-1,INV-1 price difference\n"
      + "P-2,2026-11-18,GBP,720.00,C-2,INV-3 less 10% damaged goods\n"
      + "P-3,2026-11-20,JPY,45000,C-3,INV-4 short delivery 2 cartons\n"
      + "P-4,2026-11-21,EUR,450.00,C-1,INV-2 late delivery\n"
      + "P-5,2026-11-19,EUR,250.00,-C4,INV-5\n"
      + "P-6,2026-11-19,EUR,10.00,,\n";
  static final String FIRST_RUN = HEADER
      + "D-000001,C-1,INV-1,P-1,EUR,100.00,PRICING,SALES,OPEN,2026-11-16,2026-11-30,\"C-1 paid "
      + "INV-1 short by EUR 100.00 (payment P-1 of 2026-11-16, remittance \"\"INV-1 price "
      + "difference\"\"): PRICING, routed to SALES, to be resolved by 2026-11-30 (10 business "
      + "days).\"\n"
      + "D-000002,C-2,INV-3,P-2,GBP,80.00,DAMAGED_GOODS,CUSTOMER_SERVICE,OPEN,2026-11-18,"
      + "2026-12-02,\"C-2 paid INV-3 short by GBP 80.00 (payment P-2 of 2026-11-18, remittance "
      + "\"\"INV-3 less 10% damaged goods\"\"): DAMAGED_GOODS, routed to CUSTOMER_SERVICE, to be "
      + "resolved by 2026-12-02 (10 business days).\"\n"
      + "D-000003,C-3,INV-4,P-3,JPY,5000,QUANTITY,LOGISTICS,OPEN,2026-11-20,2026-12-04,\"C-3 "
      + "paid INV-4 short by JPY 5000 (payment P-3 of 2026-11-20, remittance \"\"INV-4 short "
      + "delivery 2 cartons\"\"): QUANTITY, routed to LOGISTICS, to be resolved by 2026-12-04 "
      + "(10 business days).\"\n"
      + "D-000004,C-1,INV-2,P-4,EUR,50.00,DELIVERY,LOGISTICS,OPEN,2026-11-21,2026-12-04,\"C-1 "
      + "paid INV-2 short by EUR 50.00 (payment P-4 of 2026-11-21, remittance \"\"INV-2 late "
      + "delivery\"\"): DELIVERY, routed to LOGISTICS, to be resolved by 2026-12-04 (10 business "
      + "days).\"\n"
      + "D-000005,'-C4,INV-5,P-5,EUR,50.00,OTHER,BILLING,OPEN,2026-11-19,2026-12-03,\"'-C4 paid "
      + "INV-5 short by EUR 50.00 (payment P-5 of 2026-11-19, remittance \"\"INV-5\"\"): OTHER, "
      + "routed to BILLING, to be resolved by 2026-12-03 (10 business days).\"\n";

  @TempDir
  Path dir;

  private String write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text).toString();
  }

  @Test
  void opens_a_dispute_per_short_payment_with_reason_owner_and_due_date() throws IOException {
    CliRun run = CliRun.of("disputes", "--allocations", write("allocations.csv", ALLOCATIONS),
        "--ledger", write("ledger.csv", LEDGER), "--as-of", "2026-11-23", "--payments",
        write("payments.csv", PAYMENTS));
    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo(FIRST_RUN);
  }

  @Test
  void a_second_run_keeps_every_dispute_and_continues_the_highest_id() throws IOException {
    // Since the first run: D-000002 went to review and was reassigned to SALES, and someone
    // added D-000009 by hand. Today's allocation repeats P-1's short payment (kept as it is, with
    // its amount) and has a new one, P-7 on INV-5: D-000010.
    String previous = FIRST_RUN
        .replace("DAMAGED_GOODS,CUSTOMER_SERVICE,OPEN", "DAMAGED_GOODS,SALES,IN_REVIEW")
        + "D-000009,C-1,INV-1,,EUR,20.00,PRICING,SALES,RESOLVED,2026-11-02,2026-11-16,by hand\n";
    String allocations = "payment_id,customer_id,document_id,kind,amount,rule,explanation\n"
        + "P-1,C-1,INV-1,SHORT_PAYMENT,100.00,REFERENCE_AND_AMOUNT,x\n"
        + "P-7,-C4,INV-5,SHORT_PAYMENT,30.00,REFERENCE,x\n";
    CliRun run = CliRun.of("disputes", "--allocations", write("allocations.csv", allocations),
        "--ledger", write("ledger.csv", LEDGER), "--as-of", "2026-11-24",
        "--disputes", write("disputes.csv", previous));
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo(previous
        + "D-000010,'-C4,INV-5,P-7,EUR,30.00,OTHER,BILLING,OPEN,2026-11-24,2026-12-08,\"'-C4 "
        + "paid INV-5 short by EUR 30.00 (payment P-7, not in a payments file: opened on the "
        + "as-of date): OTHER, routed to BILLING, to be resolved by 2026-12-08 (10 business "
        + "days).\"\n");
  }

  @Test
  void running_twice_on_the_same_input_opens_nothing_new() throws IOException {
    String disputes = write("disputes.csv", FIRST_RUN);
    CliRun again = CliRun.of("disputes", "--allocations", write("allocations.csv", ALLOCATIONS),
        "--ledger", write("ledger.csv", LEDGER), "--as-of", "2026-11-25", "--payments",
        write("payments.csv", PAYMENTS), "--disputes", disputes);
    assertThat(again.exitCode()).isZero();
    assertThat(again.out()).isEqualTo(FIRST_RUN);
  }

  @Test
  void allocation_rows_that_do_not_fit_the_ledger_or_payments_are_named() throws IOException {
    String allocations = write("allocations.csv", ALLOCATIONS
        + "P-8,C-1,INV-9,SHORT_PAYMENT,5.00,R,x\n"
        + "P-2,C-1,INV-3,SHORT_PAYMENT,5.00,R,x\n"
        + "P-3,C-3,INV-4,SHORT_PAYMENT,5.5,R,x\n"
        + "P-1,C-1,INV-1,SHORT_PAYMENT,1.00,R,x\n"
        + "P-1,C-1,INV-1,PAID_SHORT,1.00,R,x\n"
        + "P-1,C-1,INV-1,SHORT_PAYMENT,0,R,x\n");
    Path rejects = dir.resolve("rejects.csv");
    CliRun run = CliRun.of("disputes", "--allocations", allocations, "--ledger",
        write("ledger.csv", LEDGER), "--as-of", "2026-11-23", "--payments",
        write("payments.csv", PAYMENTS), "--rejects", rejects.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo(FIRST_RUN);
    assertThat(Files.readString(rejects)).contains(
        "line 13, column document_id: 'INV-9' is not in the ledger",
        "line 14, column customer_id: 'C-1' is not the customer C-2 of INV-3 in the ledger",
        "line 15, column amount: '5.5'",
        "line 16, column document_id: 'INV-1' is paid short twice by payment P-1 (first on "
            + "line 3)",
        "line 17, column kind: 'PAID_SHORT' is not one of ALLOCATED, DISCOUNT, WRITE_OFF, "
            + "SHORT_PAYMENT, ON_ACCOUNT, UNAPPLIED, BANK_CHARGES",
        "line 18, column amount: '0' must be positive");
    CliRun failFast = CliRun.of("disputes", "--allocations", allocations, "--ledger",
        write("ledger.csv", LEDGER), "--as-of", "2026-11-23");
    assertThat(failFast.exitCode()).isEqualTo(1);
    assertThat(failFast.out()).isEmpty();
    assertThat(failFast.err()).contains(allocations + ", line 13, column document_id: 'INV-9'");
    CliRun unknownPayment = CliRun.of("disputes", "--allocations", write("a2.csv",
        "payment_id,customer_id,document_id,kind,amount\nP-9,C-1,INV-1,SHORT_PAYMENT,1.00\n"),
        "--ledger", write("ledger.csv", LEDGER), "--as-of", "2026-11-23", "--payments",
        write("payments.csv", PAYMENTS));
    assertThat(unknownPayment.exitCode()).isEqualTo(1);
    assertThat(unknownPayment.err()).contains("line 2, column payment_id: 'P-9' is not in the "
        + "payments file");
  }

  @Test
  void a_bad_previous_disputes_file_is_invalid_input() throws IOException {
    String twice = write("d1.csv", FIRST_RUN + FIRST_RUN.lines().skip(1).findFirst().get()
        .replace("D-000001", "D-000007") + "\n");
    CliRun run = CliRun.of("disputes", "--allocations", write("allocations.csv", ALLOCATIONS),
        "--ledger", write("ledger.csv", LEDGER), "--as-of", "2026-11-23", "--disputes", twice);
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains(twice + ", line 7, column document_id: 'INV-1' is disputed "
        + "twice for the same payment (first on line 2)");
    String badId = write("d2.csv", FIRST_RUN.replace("D-000003", "X-3"));
    assertThat(CliRun.of("disputes", "--allocations", write("allocations.csv", ALLOCATIONS),
        "--ledger", write("ledger.csv", LEDGER), "--as-of", "2026-11-23", "--disputes", badId)
        .err()).contains(badId + ", line 4, column dispute_id: 'X-3' is not D- followed by "
            + "digits");
    String badStatus = write("d3.csv", FIRST_RUN.replace("SALES,OPEN", "SALES,PENDING"));
    assertThat(CliRun.of("disputes", "--allocations", write("allocations.csv", ALLOCATIONS),
        "--ledger", write("ledger.csv", LEDGER), "--as-of", "2026-11-23", "--disputes",
        badStatus).err()).contains(badStatus + ", line 2, column status: 'PENDING' is not one "
            + "of OPEN, IN_REVIEW, RESOLVED, CANCELLED");
  }

  @Test
  void missing_options_exit_2() throws IOException {
    assertThat(CliRun.of("disputes", "--allocations", write("allocations.csv", ALLOCATIONS),
        "--as-of", "2026-11-23").exitCode()).isEqualTo(2);
    assertThat(CliRun.of("disputes", "--allocations", write("allocations.csv", ALLOCATIONS),
        "--ledger", write("ledger.csv", LEDGER), "--as-of", "23.11.2026").exitCode())
        .isEqualTo(2);
  }
}
