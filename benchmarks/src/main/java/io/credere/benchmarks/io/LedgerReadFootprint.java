package io.credere.benchmarks.io;

import io.credere.benchmarks.HeapUse;
import io.credere.core.id.CustomerId;
import io.credere.core.id.DocumentId;
import io.credere.core.item.EarlyPaymentDiscount;
import io.credere.core.item.OpenItem;
import io.credere.io.LedgerFile;
import io.credere.io.Rejects;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.joda.money.Money;

/**
 * What the open items {@link LedgerFile#read} makes of a ledger file cost on the heap, measured
 * without JOL (used heap after repeated full collections, before and after), beside the same
 * items rebuilt with a new object for every customer id, date and amount (what the reader made
 * before it shared them). Run with a fixed heap and the serial collector:
 * {@code java -Xms2g -Xmx2g -XX:+UseSerialGC -cp benchmarks/target/benchmarks.jar
 * io.credere.benchmarks.io.LedgerReadFootprint FILE}.
 */
public final class LedgerReadFootprint {

  private LedgerReadFootprint() {}

  /** Prints bytes per item, shared and unshared. */
  public static void main(String[] args) {
    Path file = Path.of(args[0]);
    long empty = HeapUse.settled();
    List<OpenItem> shared = LedgerFile.read(file, Rejects.failFast());
    long withShared = HeapUse.settled();
    List<OpenItem> unshared = new ArrayList<>(shared.size());
    for (OpenItem item : shared) {
      unshared.add(unshared(item));
    }
    long withBoth = HeapUse.settled();
    int n = shared.size();
    System.out.printf(Locale.ROOT, "%s: %d items%n", file.getFileName(), n);
    System.out.printf(Locale.ROOT, "read (shared ids, dates, amounts) incl. the list: %.1f "
        + "bytes per item%n", (withShared - empty) / (double) n);
    System.out.printf(Locale.ROOT, "the same items unshared (a new object for each field, as "
        + "before): %.1f bytes per item%n", (withBoth - withShared) / (double) n);
    System.out.println(shared.get(n - 1).equals(unshared.get(n - 1)) ? "equal" : "DIFFERENT");
  }

  /** The item with a new customer id, new dates and new amounts, as one read each row. */
  private static OpenItem unshared(OpenItem item) {
    OpenItem.Builder builder = OpenItem.builder()
        .customerId(CustomerId.of(new String(item.customerId().value())))
        .documentId(DocumentId.of(new String(item.documentId().value())))
        .documentType(item.documentType())
        .documentDate(LocalDate.ofEpochDay(item.documentDate().toEpochDay()))
        .dueDate(LocalDate.ofEpochDay(item.dueDate().toEpochDay()))
        .amount(Money.ofMinor(item.currency(), item.amount().getAmountMinorLong()))
        .openAmount(Money.ofMinor(item.currency(), item.openAmount().getAmountMinorLong()))
        .reference(item.reference().map(String::new))
        .disputed(item.isDisputed());
    item.discount().ifPresent(d -> builder.discount(EarlyPaymentDiscount.of(
        LocalDate.ofEpochDay(d.lastDate().toEpochDay()), d.percent())));
    return builder.build();
  }
}
