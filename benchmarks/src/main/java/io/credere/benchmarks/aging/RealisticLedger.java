package io.credere.benchmarks.aging;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes ledgers (and payments against them) shaped like real ERP exports, deterministically from
 * a seed, for the end-to-end comparison in {@code benchmarks/scripts/contract-e2e.sh}.
 *
 * <p>Shapes: {@code erp} (columns in another order, upper-case and mixed-case headers, extra
 * columns an ERP adds, free-text references with commas and escaped quotes, 3-decimal
 * currencies, settled rows, credit notes and unapplied payments, discount terms and disputed
 * flags on some rows, {@code \n} line ends) and {@code excel} (the same data as Excel saves it:
 * a byte order mark, {@code \r\n} line ends, every cell quoted, numbers included) and
 * {@code skew} (erp's format, but customers drawn as {@code 100,000 u^3}: a few large customers
 * with thousands of open items each, as a wholesaler's ledger has, instead of about ten each) and
 * {@code fold} (erp's rows, their customers folded onto 2,000: about 500 items each, in every
 * currency).
 *
 * <p>Payments: {@code plain} (the default: each names one open invoice by its id alone and pays
 * it, three in four with the customer id, as DuckDB's join takes it) or {@code mixed} (what a
 * bank month brings: ids with words around them, several invoices in one payment, no
 * remittance at all, a slip in the id, the customer's own reference (some of which thousands of
 * documents carry), a German free text with a short number, dates and other numbers; seven in
 * ten with the customer id; one in twelve paid short).
 *
 * <p>Usage: {@code RealisticLedger ROWS SHAPE LEDGER_OUT [PAYMENTS PAYMENTS_OUT [plain|mixed]]}.
 */
public final class RealisticLedger {

  private static final String[] CURRENCIES = {"EUR", "EUR", "EUR", "USD", "USD", "GBP", "CHF",
      "JPY", "BHD", "KWD"};
  private static final String[] COLUMNS = {"Posting_Key", "DOCUMENT_ID", "Company_Code",
      "CUSTOMER_ID", "document_type", "Document_Date", "Due_Date", "Amount", "Open_Amount",
      "CURRENCY", "Reference", "Discount_Date", "Discount_Percent", "Disputed", "Clerk",
      "Header_Text"};

  private RealisticLedger() {}

  /** Runs the generator. */
  public static void main(String[] args) throws IOException {
    int rows = Integer.parseInt(args[0]);
    boolean excel = args[1].equals("excel");
    Customers customers = args[1].equals("skew") ? Customers.SKEW
        : args[1].equals("fold") ? Customers.FOLD : Customers.UNIFORM;
    write(Path.of(args[2]), rows, excel, customers, 20261201L);
    if (args.length >= 5) {
      boolean mixed = args.length >= 6 && args[5].equals("mixed");
      writePayments(Path.of(args[4]), Integer.parseInt(args[3]), rows, excel, customers, mixed,
          20261201L);
    }
  }

  /** How the rows' customers are drawn. */
  enum Customers {
    /** 100,000 customers, about ten items each. */
    UNIFORM,
    /** {@code 100,000 u^3}: a few customers with thousands of items. */
    SKEW,
    /** UNIFORM's customers modulo 2,000: about 500 items each. */
    FOLD
  }

  /** The ledger's rows, as cells, with the as-of date of the benchmark 2026-12-01. */
  static List<String> row(SplittableRandom random, int i, Customers customers) {
    boolean skewed = customers == Customers.SKEW;
    double u = skewed ? random.nextDouble() : 0;
    int customer = skewed ? (int) (100_000 * u * u * u) : random.nextInt(100_000);
    String currency = CURRENCIES[(customer * 7 + random.nextInt(10) / 8) % CURRENCIES.length];
    int scale = currency.equals("JPY") ? 0 : currency.equals("BHD") || currency.equals("KWD")
        ? 3 : 2;
    int kind = random.nextInt(100);
    String type = kind < 84 ? "INVOICE" : kind < 92 ? "CREDIT_NOTE" : kind < 96 ? "DEBIT_NOTE"
        : "PAYMENT";
    boolean negative = type.equals("CREDIT_NOTE") || type.equals("PAYMENT");
    long minor = 100 + (long) (Math.exp(random.nextDouble() * 14) * Math.pow(10, scale) / 100);
    long open;
    int settle = random.nextInt(10);
    if (settle < 3) {
      open = 0; // settled rows the ERP still exports
    } else if (settle < 4) {
      open = minor / (2 + random.nextInt(5)); // partly paid
    } else {
      open = minor;
    }
    LocalDate document = LocalDate.of(2026, 12, 1).minusDays(random.nextInt(500));
    LocalDate due = document.plusDays(new int[] {0, 14, 30, 30, 45, 60}[random.nextInt(6)]);
    boolean discount = type.equals("INVOICE") && random.nextInt(8) == 0;
    String reference = switch (random.nextInt(6)) {
      case 0 -> "";
      case 1 -> "PO " + (4_500_000 + random.nextInt(900_000));
      case 2 -> "PO \"" + random.nextInt(100_000) + "\", rev " + random.nextInt(5);
      case 3 -> "Order " + random.nextInt(1_000_000) + ", delivery " + random.nextInt(99);
      case 4 -> "Contrat n\u00b0 " + random.nextInt(10_000) + " / M\u00fcller";
      default -> "=SUM(A1:A" + random.nextInt(9) + ")";
    };
    List<String> cells = new ArrayList<>(COLUMNS.length);
    cells.add(negative ? "15" : "01");
    cells.add(String.format(Locale.ROOT, "D-%08d", i));
    cells.add("DE" + (10 + customer % 4));
    cells.add(String.format(Locale.ROOT, "C-%06d",
        customers == Customers.FOLD ? customer % 2_000 : customer));
    cells.add(type);
    cells.add(document.toString());
    cells.add(due.toString());
    cells.add(amount(negative ? -minor : minor, scale));
    cells.add(amount(negative ? -open : open, scale));
    cells.add(currency);
    cells.add(reference);
    cells.add(discount ? document.plusDays(10).toString() : "");
    cells.add(discount ? "2" : "");
    cells.add(random.nextInt(40) == 0 ? "true" : random.nextInt(3) == 0 ? "" : "false");
    cells.add("clerk" + random.nextInt(40));
    cells.add(random.nextInt(4) == 0 ? "Rechnung, Lieferung " + random.nextInt(1000) : "");
    return cells;
  }

  private static String amount(long minor, int scale) {
    if (scale == 0) {
      return Long.toString(minor);
    }
    String sign = minor < 0 ? "-" : "";
    long abs = Math.abs(minor);
    long unit = (long) Math.pow(10, scale);
    return sign + (abs / unit) + "." + String.format(Locale.ROOT, "%0" + scale + "d", abs % unit);
  }

  /** Writes {@code rows} ledger rows, Excel's shape when {@code excel}, else erp, from {@code seed}. */
  public static void write(Path file, int rows, boolean excel, long seed) throws IOException {
    write(file, rows, excel, Customers.UNIFORM, seed);
  }

  /** {@link #write(Path, int, boolean, long)}, its customers drawn as {@code customers} say. */
  static void write(Path file, int rows, boolean excel, Customers customers, long seed)
      throws IOException {
    SplittableRandom random = new SplittableRandom(seed);
    try (Writer out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8),
        1 << 20)) {
      String eol = excel ? "\r\n" : "\n";
      if (excel) {
        out.write('\uFEFF');
      }
      out.write(line(List.of(COLUMNS), excel));
      out.write(eol);
      for (int i = 0; i < rows; i++) {
        out.write(line(row(random, i, customers), excel));
        out.write(eol);
      }
    }
  }

  /**
   * Writes {@code count} payments against the ledger's documents: most name one document in
   * the remittance (its id alone, as DuckDB's join takes it), some several or none.
   */
  static void writePayments(Path file, int count, int rows, boolean excel, Customers customers,
      boolean mixed, long seed) throws IOException {
    SplittableRandom ledger = new SplittableRandom(seed);
    List<List<String>> items = new ArrayList<>(rows);
    for (int i = 0; i < rows; i++) {
      items.add(row(ledger, i, customers));
    }
    if (mixed) {
      MixedPayments.write(file, count, items, excel, seed);
      return;
    }
    SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
    try (Writer out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8),
        1 << 20)) {
      String eol = excel ? "\r\n" : "\n";
      out.write(line(List.of("payment_id", "payment_date", "currency", "amount", "customer_id",
          "payer_name", "remittance"), excel));
      out.write(eol);
      int written = 0;
      while (written < count) {
        List<String> item = items.get(random.nextInt(rows));
        if (!item.get(4).equals("INVOICE") || item.get(8).matches("0(\\.0+)?")) {
          continue;
        }
        boolean known = random.nextInt(4) != 0;
        out.write(line(List.of(String.format(Locale.ROOT, "P-%07d", written), "2026-11-30",
            item.get(9), item.get(8), known ? item.get(3) : "", "Customer " + item.get(3),
            item.get(1)), excel));
        out.write(eol);
        written++;
      }
    }
  }

  static String line(List<String> cells, boolean quoteAll) {
    StringBuilder text = new StringBuilder();
    for (int k = 0; k < cells.size(); k++) {
      if (k > 0) {
        text.append(',');
      }
      String cell = cells.get(k);
      if (quoteAll || cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0) {
        text.append('"').append(cell.replace("\"", "\"\"")).append('"');
      } else {
        text.append(cell);
      }
    }
    return text.toString();
  }
}
