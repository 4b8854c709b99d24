package io.credere.cli.aging;

import static io.credere.core.testing.PropertyTesting.theory;
import static org.assertj.core.api.Assertions.assertThat;

import io.credere.aging.AgingPolicy;
import io.credere.aging.AgingReport;
import io.credere.aging.ColumnarLedger;
import io.credere.cli.io.LedgerFile;
import io.credere.cli.io.Rejects;
import io.credere.core.item.OpenItem;
import io.credere.core.money.Monies;
import io.credere.core.testing.CoreGenerators;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fast reader ages generated ledgers exactly as the contract reader does. */
class FastLedgerReaderProperties {

  @TempDir
  Path dir;

  private static String csv(List<OpenItem> items) {
    StringBuilder text = new StringBuilder("customer_id,document_id,document_type,document_date,"
        + "due_date,currency,amount,open_amount,disputed\n");
    for (OpenItem item : items) {
      text.append(item.customerId()).append(',').append(item.documentId()).append(',')
          .append(item.documentType()).append(',').append(item.documentDate()).append(',')
          .append(item.dueDate()).append(',').append(item.currency().getCode()).append(',')
          .append(Monies.format(item.amount())).append(',')
          .append(Monies.format(item.openAmount())).append(',').append(item.isDisputed())
          .append('\n');
    }
    return text.toString();
  }

  @Test
  void fast_reader_gives_the_contract_readers_report() {
    Path file = dir.resolve("ledger.csv");
    AgingPolicy policy = AgingPolicy.of(CoreGenerators.BASE_DATE);
    theory().forAll(CoreGenerators.ledgers(30, 6)).checkAssert(items -> {
      String text = csv(items);
      try {
        Files.writeString(file, text, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      ColumnarLedger fast = FastLedgerReader.read(text.getBytes(StandardCharsets.UTF_8));
      assertThat(fast).isNotNull();
      assertThat(fast.age(policy))
          .isEqualTo(AgingReport.of(policy, LedgerFile.read(file, Rejects.failFast())));
    });
  }

  @Test
  void hands_over_what_it_does_not_vouch_for() {
    String header = "customer_id,document_id,document_type,document_date,due_date,currency,"
        + "amount,open_amount\n";
    for (String row : List.of("\"C-1\",I-1,INVOICE,2026-01-01,2026-01-31,EUR,1.00,1.00",
        "C-1,I-1,invoice,2026-01-01,2026-01-31,EUR,1.00,1.00",
        "C-1,I-1,INVOICE,2026-02-30,2026-01-31,EUR,1.00,1.00",
        "C-1,I-1,INVOICE,2026-01-01,2026-01-31,eur,1.00,1.00",
        "C-1,I-1,INVOICE,2026-01-01,2026-01-31,JPY,1.5,1",
        "C-1,I-1,INVOICE,2026-01-01,2026-01-31,EUR,1.00,2.00",
        "C-1,I-1,INVOICE,2026-01-01,2026-01-31,EUR,-1.00,-1.00",
        " C-1,I-1,INVOICE,2026-01-01,2026-01-31,EUR,1.00,1.00",
        "C-1,I-1,INVOICE,2026-01-01,2026-01-31,EUR,1.00",
        "C-1,I-1,INVOICE,2026-01-01,2026-01-31,EUR,1.00,1.00\nC-2,I-1,INVOICE,2026-01-01,"
            + "2026-01-31,EUR,1.00,1.00")) {
      assertThat(FastLedgerReader.read((header + row + "\n").getBytes(StandardCharsets.UTF_8)))
          .as(row).isNull();
    }
    assertThat(FastLedgerReader.read((header.replace("\n", "\r\n")
        + "C-1,I-1,INVOICE,2026-01-01,2026-01-31,EUR,1.00,1.00\r\n")
        .getBytes(StandardCharsets.UTF_8))).isNotNull();
  }
}
