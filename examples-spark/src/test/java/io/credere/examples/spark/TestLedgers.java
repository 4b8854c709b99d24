package io.credere.examples.spark;

import io.credere.core.id.CustomerId;
import io.credere.core.id.DocumentId;
import io.credere.core.item.DocumentType;
import io.credere.core.item.OpenItem;
import io.credere.io.CsvText;
import io.credere.io.HistoryFile;
import io.credere.io.LedgerFile;
import io.credere.scoring.SettledInvoice;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/** Test data: the sample files read on one machine, and large deterministic generated files. */
final class TestLedgers {

  static final LocalDate AS_OF = LocalDate.of(2026, 11, 20);
  private static final List<CurrencyUnit> CURRENCIES = List.of(CurrencyUnit.EUR,
      CurrencyUnit.GBP, CurrencyUnit.USD, CurrencyUnit.JPY, CurrencyUnit.of("BHD"));

  private TestLedgers() {}

  static Path resource(String name) {
    try {
      return Path.of(TestLedgers.class.getResource("/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The items of a ledger file read on one machine, line by line. */
  static List<OpenItem> readLedger(Path file) {
    return read(file, (header) -> LedgerFile.lineMapper(file.getFileName().toString(), header)
        ::map);
  }

  /** The invoices of a history file read on one machine, line by line. */
  static List<SettledInvoice> readHistory(Path file) {
    return read(file, (header) -> HistoryFile.lineMapper(file.getFileName().toString(), header)
        ::map);
  }

  private static <T> List<T> read(Path file,
      java.util.function.Function<String, BiFunction<String, Long, T>> mapperOf) {
    try {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      BiFunction<String, Long, T> mapper = mapperOf.apply(lines.get(0));
      List<T> result = new ArrayList<>();
      for (int i = 1; i < lines.size(); i++) {
        if (!lines.get(i).isBlank()) {
          result.add(mapper.apply(lines.get(i), (long) i + 1));
        }
      }
      return result;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes a deterministic ledger of {@code size} items (invoices, debit notes, credit notes,
   * payments; settled, partly and fully open; five currencies of scale 0, 2 and 3; dates around
   * the as-of date; references with commas and quotes) and returns the items written.
   */
  static List<OpenItem> writeLedger(Path file, int size, int customers, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    DocumentType[] types = DocumentType.values();
    List<OpenItem> items = new ArrayList<>(size);
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("document_id,customer_id,currency,document_type,document_date,due_date,amount,"
          + "open_amount,reference,disputed\n");
      for (int i = 0; i < size; i++) {
        DocumentType type = types[random.nextInt(10) < 7 ? 0 : random.nextInt(types.length)];
        CurrencyUnit currency = CURRENCIES.get(random.nextInt(CURRENCIES.size()));
        long amount = 1 + random.nextLong(5_000_000L);
        int share = random.nextInt(5);
        long open = share == 0 ? 0 : share < 3 ? amount : random.nextLong(amount + 1);
        LocalDate documentDate = AS_OF.minusDays(random.nextInt(-30, 400));
        LocalDate dueDate = documentDate.plusDays(random.nextInt(-5, 91));
        String customer = String.format("C-%05d", random.nextInt(customers));
        String reference = random.nextInt(4) == 0 ? "PO \"" + i + "\", line 1" : "";
        OpenItem item = OpenItem.builder()
            .customerId(CustomerId.of(customer))
            .documentId(DocumentId.of("D-" + i))
            .documentType(type)
            .documentDate(documentDate)
            .dueDate(dueDate)
            .amount(Money.ofMinor(currency, type.sign() * amount))
            .openAmount(Money.ofMinor(currency, type.sign() * open))
            .reference(reference.isEmpty() ? Optional.empty() : Optional.of(reference))
            .build();
        items.add(item);
        out.write(item.documentId() + "," + customer + "," + currency.getCode() + ","
            + type + "," + documentDate + "," + dueDate + ","
            + item.amount().getAmount().toPlainString() + ","
            + item.openAmount().getAmount().toPlainString() + ","
            + CsvText.quote(reference) + "," + (random.nextInt(10) == 0) + "\n");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return items;
  }

  /** Writes a deterministic history of settled invoices and returns them. */
  static List<SettledInvoice> writeHistory(Path file, int size, int customers, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<SettledInvoice> invoices = new ArrayList<>(size);
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("customer_id,document_id,amount,currency,due_date,paid_date,document_date\n");
      for (int i = 0; i < size; i++) {
        int c = random.nextInt(customers);
        CurrencyUnit currency = CURRENCIES.get(c % CURRENCIES.size());
        LocalDate due = AS_OF.minusDays(random.nextInt(0, 540));
        LocalDate paid = due.plusDays(random.nextInt(-35, 25 + (c % 7) * 30));
        boolean dated = random.nextBoolean();
        SettledInvoice invoice = SettledInvoice.builder()
            .customerId(CustomerId.of(String.format("C-%05d", c)))
            .documentId(DocumentId.of("H-" + i))
            .amount(Money.ofMinor(currency, 1 + random.nextLong(2_000_000L)))
            .dueDate(due)
            .paidDate(paid)
            .documentDate(dated ? Optional.of(due.minusDays(30)) : Optional.empty())
            .build();
        invoices.add(invoice);
        out.write(invoice.customerId() + "," + invoice.documentId() + ","
            + invoice.amount().getAmount().toPlainString() + "," + currency.getCode() + ","
            + due + "," + paid + "," + (dated ? due.minusDays(30).toString() : "") + "\n");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return invoices;
  }
}
