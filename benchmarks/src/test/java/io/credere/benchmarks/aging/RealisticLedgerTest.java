package io.credere.benchmarks.aging;

import static org.assertj.core.api.Assertions.assertThat;

import io.credere.core.item.OpenItem;
import io.credere.io.LedgerFile;
import io.credere.io.PaymentRow;
import io.credere.io.PaymentsFile;
import io.credere.io.Rejects;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generator writes what its Javadoc promises, as files the contract reader takes: the fold
 * shape is erp's rows on 2,000 customers, and the mixed payments bring every kind of remittance
 * they claim, deterministically.
 */
class RealisticLedgerTest {

  @TempDir
  Path dir;

  @Test
  void fold_is_erps_rows_with_their_customers_folded_onto_two_thousand() throws IOException {
    RealisticLedger.main(new String[] {"20000", "erp", dir.resolve("erp.csv").toString()});
    RealisticLedger.main(new String[] {"20000", "fold", dir.resolve("fold.csv").toString()});
    List<OpenItem> erp = LedgerFile.read(dir.resolve("erp.csv"), Rejects.failFast());
    List<OpenItem> fold = LedgerFile.read(dir.resolve("fold.csv"), Rejects.failFast());
    assertThat(fold).hasSameSizeAs(erp).hasSize(20_000);
    Set<String> customers = new HashSet<>();
    for (int i = 0; i < erp.size(); i++) {
      int number = Integer.parseInt(erp.get(i).customerId().value().substring(2));
      assertThat(fold.get(i).customerId().value())
          .isEqualTo(String.format("C-%06d", number % 2_000));
      assertThat(fold.get(i).withCustomerId(erp.get(i).customerId())).isEqualTo(erp.get(i));
      customers.add(fold.get(i).customerId().value());
    }
    assertThat(customers).hasSizeLessThanOrEqualTo(2_000).hasSizeGreaterThan(1_900);
  }

  @Test
  void mixed_payments_bring_every_kind_of_remittance_and_are_the_same_each_time()
      throws IOException {
    // folded, so that customers have several open invoices to pay together
    Path ledger = dir.resolve("fold.csv");
    String[] args = {"20000", "fold", ledger.toString(), "3000",
        dir.resolve("mixed.csv").toString(), "mixed"};
    RealisticLedger.main(args);
    byte[] first = Files.readAllBytes(dir.resolve("mixed.csv"));
    RealisticLedger.main(args);
    assertThat(Files.readAllBytes(dir.resolve("mixed.csv"))).isEqualTo(first);
    List<PaymentRow> payments = PaymentsFile.read(dir.resolve("mixed.csv"), Rejects.failFast());
    assertThat(payments).hasSize(3000);
    long none = payments.stream().filter(p -> p.remittance().isEmpty()).count();
    long several = count(payments, "Invoices .*, .*");
    long invoices = count(payments, "Invoices .*");
    long german = count(payments, "Zahlung Rechnung \\d+ vom 01\\.11\\.2026 Kd \\d+.*");
    long references = count(payments, "Your ref .*");
    long slips = count(payments, "Inv D-\\d{8}");
    long known = payments.stream().filter(p -> p.customerId().isPresent()).count();
    assertThat(none).isBetween(200L, 400L);
    assertThat(invoices).isBetween(450L, 750L);
    assertThat(several).isGreaterThan(invoices / 2);
    assertThat(german).isGreaterThan(200L);
    assertThat(references).isGreaterThan(150L);
    assertThat(slips).isBetween(200L, 400L);
    assertThat(known).isBetween(1_900L, 2_300L);
    // the slips are ids one digit off, in dense numbering mostly another document's id (the
    // five-digit place of this small ledger's ids may leave its 20,000)
    Set<String> ids = new HashSet<>();
    for (OpenItem item : LedgerFile.read(ledger, Rejects.failFast())) {
      ids.add(item.documentId().value());
    }
    long others = payments.stream().filter(p -> p.remittance().orElse("")
        .matches("Inv D-\\d{8}") && ids.contains(p.remittance().get().substring(4))).count();
    assertThat(others).isGreaterThan(slips * 6 / 10);
  }

  private static long count(List<PaymentRow> payments, String pattern) {
    return payments.stream().filter(p -> p.remittance().orElse("").matches(pattern)).count();
  }
}
