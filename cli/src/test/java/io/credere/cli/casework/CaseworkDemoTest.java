package io.credere.cli.casework;

import static org.assertj.core.api.Assertions.assertThat;

import io.credere.cli.CliRun;
import io.credere.allocation.AllocationRun;
import io.credere.allocation.CashApplication;
import io.credere.allocation.IncomingPayment;
import io.credere.collections.dispute.ShortPaymentClaim;
import io.credere.core.id.CustomerId;
import io.credere.core.id.DocumentId;
import io.credere.core.id.PaymentId;
import io.credere.core.item.DocumentType;
import io.credere.core.item.OpenItem;
import java.io.IOException;
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
  void demo_opens_disputes_for_the_sample_short_payments_and_proposes_offsets() throws IOException {
    CliRun run = CliRun.of("demo", "--output", dir.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("DISPUTES  5 opened from short payments")
        .contains("    D-0003  C-2006   INV-2026-04729   GBP      76.25  DAMAGED_GOODS due "
            + "2026-11-30");
    List<String> disputes = Files.readAllLines(dir.resolve("disputes.csv"));
    assertThat(disputes.get(0)).isEqualTo("dispute_id,customer_id,document_id,currency,amount,"
        + "reason,owner,origin,payment_id,raised_on,due_date,state,explanation");
    // P-0018 paid GBP 686.23 of INV-2026-04729 open GBP 762.48: short GBP 76.25; raised
    // Monday 2026-11-16, DAMAGED_GOODS takes 10 business days: 2026-11-30.
    assertThat(disputes.get(3)).isEqualTo("D-0003,C-2006,INV-2026-04729,GBP,76.25,DAMAGED_GOODS,"
        + "CUSTOMER_SERVICE,SHORT_PAYMENT,P-0018,2026-11-16,2026-11-30,OPEN,\"C-2006 disputes "
        + "GBP 76.25 of INV-2026-04729 (DAMAGED_GOODS, short payment P-0018 on 2026-11-16); "
        + "routed to CUSTOMER_SERVICE by BY_REASON, to be resolved by 2026-11-30 (10 business "
        + "days).\"");
    assertThat(disputes).hasSize(6);
    List<String> refunds = Files.readAllLines(dir.resolve("refunds.csv"));
    assertThat(refunds.get(0)).isEqualTo("customer_id,currency,action,credit_document,"
        + "invoice_document,amount,approval_required");
    assertThat(refunds.get(1)).isEqualTo("C-1002,EUR,OFFSET,PAY-2026-04140,INV-2026-04133,"
        + "532.17,false");
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
