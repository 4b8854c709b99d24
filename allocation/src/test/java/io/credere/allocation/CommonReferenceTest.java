package io.credere.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import io.credere.core.id.CustomerId;
import io.credere.core.id.DocumentId;
import io.credere.core.item.OpenItem;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A customer reference that thousands of documents carry (a spreadsheet formula copied down a
 * column, one framework contract for years of invoices) points nowhere: named in a remittance
 * it must neither pick one of them nor stall the run weighing them all. The identified payer's
 * own few documents with it are still evidence.
 */
class CommonReferenceTest {

  /** {@code count} invoices of {@code customers} customers, every one with the reference. */
  private static List<OpenItem> ledger(int count, int customers) {
    List<OpenItem> ledger = new ArrayList<>();
    for (int n = 0; n < count; n++) {
      OpenItem invoice = EvidenceSituationsTest.invoice("C-" + n % customers,
          String.format("INV-%06d", n), "EUR " + (100 + n % 997) + ".00");
      ledger.add(invoice.withReference("=SUM(A1:A4)"));
    }
    return ledger;
  }

  @Test
  void an_unknown_payer_naming_a_reference_on_thousands_of_documents_is_not_matched_by_it() {
    List<OpenItem> ledger = ledger(5_000, 700);
    List<IncomingPayment> payments = new ArrayList<>();
    for (int p = 0; p < 300; p++) {
      payments.add(EvidenceSituationsTest.payment("P-" + p, "EUR 117.00",
          "Your ref =SUM(A1:A4)").build());
    }
    AllocationRun run = CashApplication.standard().apply(ledger, List.of(), payments);
    assertThat(run.results()).hasSize(300).noneMatch(AllocationResult::isMatched);
    assertThat(run.lines()).allMatch(line -> line.kind() == AllocationKind.UNAPPLIED);
    assertThat(run.lines().get(0).explanation().sentence())
        .contains("is on 5000 documents").contains("too many to point to any");
  }

  @Test
  void the_identified_payers_own_document_with_the_common_reference_still_counts() {
    List<OpenItem> ledger = ledger(5_000, 700);
    // C-3's documents: INV-000003, INV-000703, ... (8 of them), amounts 103, 803, ...
    OpenItem own = ledger.get(703);
    assertThat(own.customerId()).isEqualTo(CustomerId.of("C-3"));
    AllocationRun run = CashApplication.standard().apply(ledger, List.of(),
        List.of(EvidenceSituationsTest.payment("P-1", own.openAmount().toString(),
            "Your ref =SUM(A1:A4)").customerId(CustomerId.of("C-3")).build()));
    assertThat(run.results().get(0).isMatched()).isTrue();
    assertThat(run.lines()).extracting(line -> line.documentId().map(DocumentId::value)
        .orElse("")).containsExactly(own.documentId().value());
  }

  @Test
  void a_payer_with_too_many_documents_of_the_reference_is_not_matched_by_it() {
    List<OpenItem> ledger = ledger(5_000, 40); // 125 documents a customer
    AllocationRun run = CashApplication.standard().apply(ledger, List.of(),
        List.of(EvidenceSituationsTest.payment("P-1", ledger.get(7).openAmount().toString(),
            "Your ref =SUM(A1:A4)").customerId(CustomerId.of("C-7")).build()));
    assertThat(run.lines()).extracting(Allocation::kind)
        .containsExactly(AllocationKind.ON_ACCOUNT);
    assertThat(run.lines().get(0).explanation().sentence())
        .contains("125 of them the payer's");
  }

  @Test
  void a_host_keeping_one_index_between_runs_sees_what_the_reference_names_now() {
    // only the public API: one index kept by the host, documents removed between two runs
    List<OpenItem> ledger = ledger(60, 60);
    LedgerIndex index = LedgerIndex.of(ledger, List.of());
    IncomingPayment payment = EvidenceSituationsTest.payment("P-1", "EUR 9999.00",
        "Your ref =SUM(A1:A4)").build();
    AllocationRun first = CashApplication.standard().apply(index, List.of(payment));
    assertThat(first.lines().get(0).explanation().sentence()).contains("is on 60 documents");
    for (int n = 0; n < 20; n++) {
      index.remove(ledger.get(n).documentId());
    }
    AllocationRun second = CashApplication.standard().apply(index, List.of(payment));
    assertThat(second.lines()).extracting(Allocation::kind)
        .containsExactly(AllocationKind.UNAPPLIED);
    assertThat(second.lines().get(0).explanation().sentence())
        .doesNotContain("too many to point to any");
  }
}
