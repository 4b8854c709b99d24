package io.credere.cli.collections;

import io.credere.cli.io.CsvInput;
import io.credere.cli.io.Rejects;
import io.credere.collections.dunning.DunningNotice;
import io.credere.core.id.CustomerId;
import io.credere.core.id.DocumentId;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The dunning notices already sent: CSV {@code customer_id,currency,level,date}, optional
 * {@code documents} (document ids separated by {@code ;}; empty for the whole account).
 */
public final class NoticesFile {

  /** The required columns. */
  public static final List<String> REQUIRED = List.of("customer_id", "currency", "level", "date");

  private NoticesFile() {}

  /** Reads every notice of {@code file}. */
  public static List<DunningNotice> read(Path file, Rejects rejects) {
    return CsvInput.read(file, "notices", REQUIRED, row -> {
      String level = row.text("level");
      int number;
      try {
        number = Integer.parseInt(level);
      } catch (NumberFormatException e) {
        throw row.error("level", level, "is not a whole number");
      }
      if (number < 1) {
        throw row.error("level", level, "must be 1 or more");
      }
      return DunningNotice.builder().customerId(CustomerId.of(row.text("customer_id")))
          .currency(row.currency("currency")).level(number).date(row.date("date"))
          .addAllDocuments(row.optional("documents").map(d -> Arrays.stream(d.split(";"))
              .map(String::strip).filter(s -> !s.isEmpty()).map(DocumentId::of).toList())
              .orElse(List.of()))
          .build();
    }, rejects);
  }
}
