package io.credere.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.credere.allocation.AllocationKind;
import io.credere.allocation.AllocationResult;
import io.credere.core.id.PaymentId;
import io.credere.examples.ErpExtensionExample.ErpCashRun;
import io.credere.examples.ErpExtensionExample.ErpInvoice;
import io.credere.examples.ErpExtensionExample.ErpPosting;
import io.credere.examples.ErpExtensionExample.PaymentAdviceRule;
import java.util.List;
import org.junit.jupiter.api.Test;

class ErpExtensionExampleTest {

  private final ErpCashRun result = ErpExtensionExample.sampleRun();

  private AllocationResult resultOf(String receiptNo) {
    return result.run().findResult(PaymentId.of(receiptNo)).orElseThrow();
  }

  private long posted(String receiptNo, String account) {
    return result.postings().stream()
        .filter(p -> p.receiptNo().equals(receiptNo) && p.account().equals(account))
        .mapToLong(ErpPosting::amountCents).sum();
  }

  @Test
  void payment_advice_rule_decides_the_receipt_from_an_unknown_account() {
    AllocationResult advised = resultOf("BK-2026-1101");
    assertThat(advised.ruleId()).isEqualTo(PaymentAdviceRule.ID);
    assertThat(advised.lines()).singleElement().satisfies(line -> {
      assertThat(line.kind()).isEqualTo(AllocationKind.ALLOCATED);
      assertThat(line.documentId().orElseThrow().value()).isEqualTo("90000815");
      assertThat(line.explanation().ruleId()).isEqualTo("ERP_PAYMENT_ADVICE");
      assertThat(line.explanation().sentence())
          .isEqualTo("EUR 1190.00 applied to 90000815 as payment advice ADV-10042-90000815 says.");
    });
  }

  @Test
  void receipt_without_advice_is_left_to_the_standard_chain() {
    AllocationResult plain = resultOf("BK-2026-1102");
    assertThat(plain.isMatched()).isTrue();
    assertThat(plain.ruleId()).isNotEqualTo(PaymentAdviceRule.ID);
    assertThat(posted("BK-2026-1102", "1400 RECEIVABLES")).isEqualTo(48_000);
  }

  @Test
  void overpaid_advice_pays_the_invoice_and_leaves_the_rest_on_account() {
    assertThat(resultOf("BK-2026-1103").ruleId()).isEqualTo(PaymentAdviceRule.ID);
    assertThat(posted("BK-2026-1103", "1400 RECEIVABLES")).isEqualTo(25_000);
    assertThat(posted("BK-2026-1103", "1410 CUSTOMER ON ACCOUNT")).isEqualTo(5_000);
  }

  @Test
  void invoices_written_back_with_open_amount_and_status() {
    assertThat(result.invoices()).extracting(ErpInvoice::invoiceNo, ErpInvoice::openCents,
        ErpInvoice::status).containsExactly(
            org.assertj.core.groups.Tuple.tuple("90000815", 0L, "PAID"),
            org.assertj.core.groups.Tuple.tuple("90000816", 0L, "PAID"),
            org.assertj.core.groups.Tuple.tuple("90000820", 0L, "PAID"));
  }

  @Test
  void cash_is_conserved_per_receipt_and_over_the_invoices() {
    List<String> cashAccounts = List.of("1400 RECEIVABLES", "1410 CUSTOMER ON ACCOUNT",
        "1590 SUSPENSE");
    for (AllocationResult r : result.run().results()) {
      String receipt = r.payment().paymentId().value();
      long cash = cashAccounts.stream().mapToLong(a -> posted(receipt, a)).sum();
      assertThat(cash).as(receipt).isEqualTo(r.payment().amount().getAmountMinorLong());
    }
    long openBefore = 119_000 + 25_000 + 48_000;
    long openAfter = result.invoices().stream().mapToLong(ErpInvoice::openCents).sum();
    long reducing = result.postings().stream()
        .filter(p -> !p.invoiceNo().isEmpty()).mapToLong(ErpPosting::amountCents).sum();
    assertThat(openBefore - openAfter).isEqualTo(reducing);
    assertThat(result.postings().stream().mapToLong(ErpPosting::amountCents).sum())
        .isEqualTo(119_000 + 48_000 + 30_000);
  }

  @Test
  void main_prints_the_postings_and_the_invoices() throws Exception {
    List<String> out = MainOutput.lines(() -> ErpExtensionExample.main(new String[0]));
    assertThat(out).hasSize(7);
    assertThat(out.get(3)).isEqualTo("BK-2026-1103          1410 CUSTOMER ON ACCOUNT     50.00  "
        + "ERP_PAYMENT_ADVICE   EUR 50.00 left on account of 10042 (identified by payment advice "
        + "ADV-10042-90000816): no document could be determined with confidence.");
    assertThat(out.subList(4, 7)).containsExactly("90000815 open 0.00 PAID",
        "90000816 open 0.00 PAID", "90000820 open 0.00 PAID");
  }
}
