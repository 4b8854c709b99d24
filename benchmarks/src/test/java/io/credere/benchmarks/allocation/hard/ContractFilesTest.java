package io.credere.benchmarks.allocation.hard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The files for the CLI: written, read back unchanged, and an allocate output scored from file. */
class ContractFilesTest {

  @TempDir
  Path dir;

  @Test
  void a_month_written_reads_back_the_same() {
    BankMonth month = BankMonthGenerator.generate(3L, 400);
    ContractFiles.write(month, dir);
    BankMonth back = ContractFiles.read(dir);
    assertThat(back.ledger()).isEqualTo(month.ledger());
    assertThat(back.customers()).isEqualTo(month.customers());
    assertThat(back.payments()).isEqualTo(month.payments());
    assertThat(back.truths()).isEqualTo(month.truths());
    assertThat(ContractFiles.readCsv(dir.resolve("payments.csv")).get(0))
        .containsKeys("payment_id", "payment_date", "currency", "amount", "charges");
  }

  @Test
  void an_allocate_output_equal_to_the_truth_scores_exact_and_one_moved_row_scores_wrong()
      throws IOException {
    BankMonth month = ContractFiles.read(write(HandWrittenCases.all().get(0)));
    List<List<String>> rows = new ArrayList<>();
    for (Truth truth : month.truths()) {
      for (Row row : truth.rows()) {
        rows.add(List.of(truth.paymentId(), row.customerId(), row.documentId(), row.kind(),
            row.amount().getAmount().toPlainString(), "RULE", "said, with \"quotes\", commas"));
      }
    }
    Path out = dir.resolve("out.csv");
    List<String> header = List.of("payment_id", "customer_id", "document_id", "kind", "amount",
        "rule", "explanation");
    ContractFiles.writeCsv(out, header, rows);
    HardScorer.Score score = HardScorer.score(month, ContractFiles.readAllocate(out, month),
        Optional.empty()).total();
    assertThat(score.exact).isEqualTo(month.payments().size());

    // The wrong match: the cash on ...035, 11,496.44 short.
    ContractFiles.writeCsv(out, header, List.of(
        List.of(month.payments().get(0).paymentId().value(), "104001", "INV-2026-004035",
            "ALLOCATED", "498.76", "REFERENCE_AND_AMOUNT", "x"),
        List.of(month.payments().get(0).paymentId().value(), "104001", "INV-2026-004035",
            "SHORT_PAYMENT", "11496.44", "SHORT_PAYMENT", "x")));
    Files.writeString(dir.resolve("after.csv"), "customer_id,document_id,currency,open_amount\n"
        + "104001,INV-2026-004035,EUR,11496.44\n104001,INV-2026-004036,EUR,498.76\n");
    HardScorer.Report report = HardScorer.score(month, ContractFiles.readAllocate(out, month),
        Optional.of(ContractFiles.readLedgerAfter(dir.resolve("after.csv"))));
    assertThat(report.total().wrong).isEqualTo(1);
    assertThat(report.violations()).isEmpty();
  }

  private Path write(BankMonth month) {
    Path sub = dir.resolve("case");
    ContractFiles.write(month, sub);
    return sub;
  }
}
