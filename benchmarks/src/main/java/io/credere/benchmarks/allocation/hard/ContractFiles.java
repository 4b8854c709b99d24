package io.credere.benchmarks.allocation.hard;

import io.credere.allocation.IncomingPayment;
import io.credere.core.customer.Customer;
import io.credere.core.id.CustomerId;
import io.credere.core.id.DocumentId;
import io.credere.core.id.PaymentId;
import io.credere.core.item.DocumentType;
import io.credere.core.item.EarlyPaymentDiscount;
import io.credere.core.item.OpenItem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * A {@link BankMonth} as the contract's files, so that {@code ./credere allocate} can be scored
 * from files: {@code ledger.csv}, {@code customers.csv}, {@code payments.csv} (with the optional
 * {@code charges} column) and the harness's own {@code truth.csv}; and the reading back of those
 * files and of an {@code allocate} output (and its {@code --ledger-out}).
 *
 * <p>{@code truth.csv}: {@code payment_id,situation,alternative,customer_id,document_id,kind,
 * amount,real_payer,note}, one row per row of each right booking ({@code alternative} 0 is the
 * canonical one).
 */
public final class ContractFiles {

  static final List<String> LEDGER = List.of("customer_id", "document_id", "document_type",
      "document_date", "due_date", "currency", "amount", "open_amount", "reference",
      "discount_date", "discount_percent", "disputed");
  static final List<String> CUSTOMERS = List.of("customer_id", "name", "currency",
      "bank_accounts");
  static final List<String> PAYMENTS = List.of("payment_id", "payment_date", "currency",
      "amount", "customer_id", "payer_name", "payer_account", "remittance", "charges");
  static final List<String> TRUTH = List.of("payment_id", "situation", "alternative",
      "customer_id", "document_id", "kind", "amount", "real_payer", "note");

  private ContractFiles() {}

  /** Writes the month's four files into {@code dir} (created when missing). */
  public static void write(BankMonth month, Path dir) {
    List<List<String>> ledger = new ArrayList<>();
    for (OpenItem item : month.ledger()) {
      ledger.add(List.of(item.customerId().value(), item.documentId().value(),
          item.documentType().name(), item.documentDate().toString(), item.dueDate().toString(),
          item.currency().getCode(), plain(item.amount()), plain(item.openAmount()),
          item.reference().orElse(""),
          item.discount().map(d -> d.lastDate().toString()).orElse(""),
          item.discount().map(d -> d.percent().toPlainString()).orElse(""),
          Boolean.toString(item.isDisputed())));
    }
    List<List<String>> customers = new ArrayList<>();
    for (Customer customer : month.customers()) {
      customers.add(List.of(customer.customerId().value(), customer.name(),
          customer.currency().getCode(), String.join(";", customer.bankAccounts())));
    }
    List<List<String>> payments = new ArrayList<>();
    for (IncomingPayment payment : month.payments()) {
      payments.add(List.of(payment.paymentId().value(), payment.date().toString(),
          payment.currency().getCode(), plain(payment.amount()),
          payment.customerId().map(CustomerId::value).orElse(""),
          payment.payerName().orElse(""), payment.payerAccount().orElse(""),
          payment.remittance(), payment.charges().map(ContractFiles::plain).orElse("")));
    }
    List<List<String>> truth = new ArrayList<>();
    for (Truth t : month.truths()) {
      for (int a = 0; a < t.alternatives().size(); a++) {
        for (Row row : t.alternatives().get(a)) {
          truth.add(List.of(t.paymentId(), t.situation().name(), Integer.toString(a),
              row.customerId(), row.documentId(), row.kind(), plain(row.amount()),
              t.realPayer().orElse(""), t.note()));
        }
      }
    }
    try {
      Files.createDirectories(dir);
      writeCsv(dir.resolve("ledger.csv"), LEDGER, ledger);
      writeCsv(dir.resolve("customers.csv"), CUSTOMERS, customers);
      writeCsv(dir.resolve("payments.csv"), PAYMENTS, payments);
      writeCsv(dir.resolve("truth.csv"), TRUTH, truth);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a month written by {@link #write} back from {@code dir}. */
  public static BankMonth read(Path dir) {
    List<OpenItem> ledger = new ArrayList<>();
    for (Map<String, String> r : readCsv(dir.resolve("ledger.csv"))) {
      CurrencyUnit currency = CurrencyUnit.of(r.get("currency"));
      OpenItem.Builder item = OpenItem.builder().customerId(CustomerId.of(r.get("customer_id")))
          .documentId(DocumentId.of(r.get("document_id")))
          .documentType(DocumentType.valueOf(r.get("document_type")))
          .documentDate(LocalDate.parse(r.get("document_date")))
          .dueDate(LocalDate.parse(r.get("due_date")))
          .amount(Money.of(currency, new BigDecimal(r.get("amount"))))
          .openAmount(Money.of(currency, new BigDecimal(r.get("open_amount"))));
      if (!r.getOrDefault("reference", "").isEmpty()) {
        item.reference(r.get("reference"));
      }
      if (!r.getOrDefault("discount_date", "").isEmpty()) {
        item.discount(EarlyPaymentDiscount.of(LocalDate.parse(r.get("discount_date")),
            new BigDecimal(r.get("discount_percent"))));
      }
      ledger.add(item.build());
    }
    List<Customer> customers = new ArrayList<>();
    for (Map<String, String> r : readCsv(dir.resolve("customers.csv"))) {
      Customer.Builder customer = Customer.builder()
          .customerId(CustomerId.of(r.get("customer_id"))).name(r.get("name"))
          .currency(CurrencyUnit.of(r.get("currency")));
      for (String account : r.getOrDefault("bank_accounts", "").split(";")) {
        if (!account.isBlank()) {
          customer.addBankAccounts(account);
        }
      }
      customers.add(customer.build());
    }
    List<IncomingPayment> payments = new ArrayList<>();
    for (Map<String, String> r : readCsv(dir.resolve("payments.csv"))) {
      CurrencyUnit currency = CurrencyUnit.of(r.get("currency"));
      IncomingPayment.Builder payment = IncomingPayment.builder()
          .paymentId(PaymentId.of(r.get("payment_id")))
          .date(LocalDate.parse(r.get("payment_date")))
          .amount(Money.of(currency, new BigDecimal(r.get("amount"))))
          .remittance(r.getOrDefault("remittance", ""));
      optional(r, "customer_id").ifPresent(c -> payment.customerId(CustomerId.of(c)));
      optional(r, "payer_name").ifPresent(payment::payerName);
      optional(r, "payer_account").ifPresent(payment::payerAccount);
      optional(r, "charges").ifPresent(c -> payment.charges(Money.of(currency,
          new BigDecimal(c))));
      payments.add(payment.build());
    }
    Map<String, IncomingPayment> byId = new HashMap<>();
    payments.forEach(p -> byId.put(p.paymentId().value(), p));
    Map<String, List<List<Row>>> bookings = new LinkedHashMap<>();
    Map<String, String[]> about = new HashMap<>();
    for (Map<String, String> r : readCsv(dir.resolve("truth.csv"))) {
      String id = r.get("payment_id");
      CurrencyUnit currency = byId.get(id).currency();
      List<List<Row>> alternatives = bookings.computeIfAbsent(id, k -> new ArrayList<>());
      int alternative = Integer.parseInt(r.get("alternative"));
      while (alternatives.size() <= alternative) {
        alternatives.add(new ArrayList<>());
      }
      alternatives.get(alternative).add(new Row(r.get("customer_id"), r.get("document_id"),
          r.get("kind"), Money.of(currency, new BigDecimal(r.get("amount")))));
      about.put(id, new String[] {r.get("situation"), r.get("real_payer"), r.get("note")});
    }
    List<Truth> truths = new ArrayList<>();
    for (IncomingPayment payment : payments) {
      String id = payment.paymentId().value();
      String[] facts = about.get(id);
      truths.add(new Truth(id, Situation.valueOf(facts[0]), bookings.get(id),
          facts[1].isEmpty() ? Optional.empty() : Optional.of(facts[1]), facts[2]));
    }
    return new BankMonth(dir.toString(), BankMonthGenerator.AS_OF, ledger, customers, payments,
        truths);
  }

  /**
   * The rows of an {@code allocate} output, grouped by the month's payments (in payment order).
   * A cell the CLI wrote with a leading {@code '} for spreadsheet safety is read without it.
   */
  public static List<List<Row>> readAllocate(Path file, BankMonth month) {
    Map<String, List<Row>> rows = new LinkedHashMap<>();
    Map<String, CurrencyUnit> currencies = new HashMap<>();
    for (IncomingPayment payment : month.payments()) {
      rows.put(payment.paymentId().value(), new ArrayList<>());
      currencies.put(payment.paymentId().value(), payment.currency());
    }
    for (Map<String, String> r : readCsv(file)) {
      String id = unquote(r.get("payment_id"));
      List<Row> list = rows.get(id);
      if (list == null) {
        throw new IllegalArgumentException(file + ": payment " + id + " is not in the month");
      }
      list.add(new Row(unquote(r.getOrDefault("customer_id", "")),
          unquote(r.getOrDefault("document_id", "")), r.get("kind"),
          Money.of(currencies.get(id), new BigDecimal(r.get("amount")))));
    }
    return new ArrayList<>(rows.values());
  }

  /** The open amount of every document of a {@code --ledger-out} file. */
  public static Map<String, Money> readLedgerAfter(Path file) {
    Map<String, Money> open = new HashMap<>();
    for (Map<String, String> r : readCsv(file)) {
      open.put(unquote(r.get("document_id")), Money.of(CurrencyUnit.of(r.get("currency")),
          new BigDecimal(r.get("open_amount"))));
    }
    return open;
  }

  private static String unquote(String cell) {
    return cell.length() > 1 && cell.charAt(0) == '\'' && "=+-@\t\r".indexOf(cell.charAt(1)) >= 0
        ? cell.substring(1) : cell;
  }

  private static Optional<String> optional(Map<String, String> row, String column) {
    String value = row.getOrDefault(column, "");
    return value.isEmpty() ? Optional.empty() : Optional.of(value);
  }

  private static String plain(Money money) {
    return money.getAmount().toPlainString();
  }

  static void writeCsv(Path file, List<String> header, List<List<String>> rows)
      throws IOException {
    StringBuilder text = new StringBuilder();
    line(text, header);
    for (List<String> row : rows) {
      line(text, row);
    }
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  private static void line(StringBuilder text, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        text.append(',');
      }
      String cell = cells.get(i);
      if (cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0
          || cell.indexOf('\r') >= 0) {
        text.append('"').append(cell.replace("\"", "\"\"")).append('"');
      } else {
        text.append(cell);
      }
    }
    text.append('\n');
  }

  /** Reads an RFC 4180 CSV file with a header row into one map per row (header lower-cased). */
  static List<Map<String, String>> readCsv(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    List<List<String>> records = new ArrayList<>();
    List<String> record = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        record.add(cell.toString());
        cell.setLength(0);
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        record.add(cell.toString());
        cell.setLength(0);
        records.add(record);
        record = new ArrayList<>();
      } else {
        cell.append(c);
      }
    }
    if (cell.length() > 0 || !record.isEmpty()) {
      record.add(cell.toString());
      records.add(record);
    }
    List<Map<String, String>> rows = new ArrayList<>();
    if (records.isEmpty()) {
      return rows;
    }
    List<String> header = records.get(0).stream().map(h -> h.strip().toLowerCase(Locale.ROOT))
        .toList();
    for (List<String> values : records.subList(1, records.size())) {
      Map<String, String> row = new HashMap<>();
      for (int i = 0; i < header.size() && i < values.size(); i++) {
        row.put(header.get(i), values.get(i));
      }
      rows.add(row);
    }
    return rows;
  }
}
