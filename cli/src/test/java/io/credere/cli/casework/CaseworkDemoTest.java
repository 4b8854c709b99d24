package io.credere.cli.casework;

import static org.assertj.core.api.Assertions.assertThat;

import io.credere.allocation.AllocationRun;
import io.credere.allocation.CashApplication;
import io.credere.allocation.IncomingPayment;
import io.credere.cli.CliRun;
import io.credere.cli.io.DisputesFile;
import io.credere.collections.dispute.ShortPaymentClaim;
import io.credere.core.id.CustomerId;
import io.credere.core.id.DocumentId;
import io.credere.core.id.PaymentId;
import io.credere.core.item.DocumentType;
import io.credere.core.item.OpenItem;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaseworkDemoTest {

  @TempDir
  Path dir;

  @Test
  void the_demo_month_opens_disputes_checks_promises_and_proposes_offsets() throws IOException {
    CliRun run = CliRun.of("demo", "--output", dir.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    // P-0018 paid GBP 686.23 of INV-2026-04729 open GBP 762.48: short GBP 76.25; opened Monday
    // 2026-11-16, due 10 business days later: 2026-11-30.
    assertThat(run.out()).contains("DISPUTES  5 opened from short payments")
        .contains("    D-000003  C-2006   INV-2026-04729   GBP      76.25  DAMAGED_GOODS due "
            + "2026-11-30");
    List<String> disputes = Files.readAllLines(dir.resolve("disputes.csv"));
    assertThat(disputes.get(0)).isEqualTo(String.join(",", DisputesFile.COLUMNS));
    assertThat(disputes.get(3)).isEqualTo("D-000003,C-2006,INV-2026-04729,P-0018,GBP,76.25,"
        + "DAMAGED_GOODS,CUSTOMER_SERVICE,OPEN,2026-11-16,2026-11-30,\"C-2006 paid "
        + "INV-2026-04729 short by GBP 76.25 (payment P-0018 of 2026-11-16, remittance "
        + "\"\"INV-2026-04729 less 10% damaged goods\"\"): DAMAGED_GOODS, routed to "
        + "CUSTOMER_SERVICE, to be resolved by 2026-11-30 (10 business days).\"");
    assertThat(disputes).hasSize(6);

    // The contact log (examples/data/contacts.csv) against the month's cash, as of 2026-11-20:
    // C-1012 promised 10363.65 by 11-13 and paid nothing by 11-16: BROKEN. C-2001 GBP 5000.00
    // by 11-11: BROKEN. C-1017 promised 23507.46 by 11-16 and paid 11753.73 on 11-19 (the last
    // day of grace): PARTIALLY_KEPT. C-1020 paid 2516.74 on 11-16: KEPT. C-1001's 3112.31 of
    // 11-17 came from its known bank account without a customer id: KEPT. C-3003 promised USD
    // 5000.00 by today and paid 3513.58 (known by its name) on 11-19: OPEN. C-1008 promised by
    // 11-27: OPEN (its 11-17 payment came before the promise).
    assertThat(run.out()).contains("PROMISES  12 contacts, 7 promises to pay: 2 kept, 1 partly "
        + "kept, 2 broken, 2 open")
        .contains("  PARTIALLY_KEPT C-1017   EUR   23507.46 by 2026-11-16, paid   11753.73: "
            + "dunning restarts, call first")
        .contains("  OPEN           C-1008   EUR   20000.00 by 2026-11-27, paid       0.00: "
            + "under promise: not dunned, off the call list until 2026-11-27");
    List<String> promises = Files.readAllLines(dir.resolve("promises.csv"));
    assertThat(promises).hasSize(8);
    assertThat(promises.get(5)).startsWith("C-1001,2026-11-10,EUR,3112.31,2026-11-17,3112.31,"
        + "0.00,KEPT,");
    assertThat(promises.get(6)).startsWith("C-3003,2026-11-13,USD,5000.00,2026-11-20,3513.58,"
        + "1486.42,OPEN,");

    List<String> refunds = Files.readAllLines(dir.resolve("refunds.csv"));
    assertThat(refunds.get(0)).isEqualTo(String.join(",", RefundsCommand.COLUMNS));
    assertThat(refunds).hasSizeGreaterThan(1);
    for (String row : refunds.subList(1, refunds.size())) {
      String[] cells = row.split(",", 8);
      assertThat(cells[0]).isNotEqualTo("SUSPENSE");
      assertThat(new BigDecimal(cells[4]).add(new BigDecimal(cells[5])))
          .isEqualByComparingTo(new BigDecimal(cells[2]));
    }
  }

  @Test
  void opens_one_claim_per_short_payment_line_of_cash_application() {
    OpenItem invoice = OpenItem.builder().customerId(CustomerId.of("C-1"))
        .documentId(DocumentId.of("INV-7")).documentType(DocumentType.INVOICE)
        .documentDate(LocalDate.of(2026, 10, 1)).dueDate(LocalDate.of(2026, 10, 31))
        .amount(Money.parse("EUR 100.00")).openAmount(Money.parse("EUR 100.00")).build();
    IncomingPayment short90 = IncomingPayment.builder().paymentId(PaymentId.of("P-1"))
        .date(LocalDate.of(2026, 11, 2)).amount(Money.parse("EUR 90.00"))
        .customerId(CustomerId.of("C-1")).remittance("INV-7 less 10% pricing error").build();
    AllocationRun run = CashApplication.standard().apply(List.of(invoice), List.of(),
        List.of(short90));
    List<ShortPaymentClaim> claims = io.credere.workflow.ShortPayments.claims(run);
    assertThat(claims).hasSize(1);
    assertThat(claims.get(0).shortAmount()).isEqualTo(Money.parse("EUR 10.00"));
    assertThat(claims.get(0).paymentId()).contains(PaymentId.of("P-1"));
    assertThat(claims.get(0).remittance()).contains("INV-7 less 10% pricing error");
  }
}
