package io.credere.io;

import io.credere.collections.dunning.DunningNotice;
import io.credere.core.error.ValidationException;
import io.credere.core.id.CustomerId;
import io.credere.core.id.DocumentId;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The dunning notices already sent: CSV {@code customer_id,currency,level,date}, optional
 * {@code documents} (document ids separated by {@code ;}; empty for the whole account). Ids are
 * held to the contract's 256 characters.
 */
public final class NoticesFile {

  /** The required columns. */
  public static final List<String> REQUIRED = List.of("customer_id", "currency", "level", "date");

  private NoticesFile() {}

  /** Reads every notice of {@code file}. */
  public static List<DunningNotice> read(Path file, Rejects rejects) {
    return CsvInput.read(file, "notices", REQUIRED, NoticesFile::notice, rejects);
  }

  /** One row as a notice. */
  public static DunningNotice notice(CsvRow row) {
    int level = row.integer("level");
    if (level < 1) {
      throw row.error("level", Integer.toString(level), "must be 1 or more");
    }
    List<DocumentId> documents = new ArrayList<>();
    for (String part : row.optional("documents").orElse("").split(";")) {
      String id = part.strip();
      if (id.length() > CsvRow.MAX_ID_LENGTH) {
        throw row.error("documents", id.substring(0, 40) + "...", "holds a document id longer "
            + "than the contract's " + CsvRow.MAX_ID_LENGTH + " characters");
      }
      if (!id.isEmpty()) {
        documents.add(DocumentId.of(id));
      }
    }
    try {
      return DunningNotice.builder().customerId(CustomerId.of(row.id("customer_id")))
          .currency(row.currency("currency")).level(level).date(row.date("date"))
          .addAllDocuments(documents).build();
    } catch (ValidationException e) {
      throw e.position().isUnknown() ? e.at(row.position(e.field())) : e;
    }
  }
}
