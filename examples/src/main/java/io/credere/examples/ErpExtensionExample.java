package io.credere.examples;

import io.credere.allocation.Allocation;
import io.credere.allocation.AllocationRule;
import io.credere.allocation.AllocationRun;
import io.credere.allocation.AllocationWork;
import io.credere.allocation.CashApplication;
import io.credere.allocation.IncomingPayment;
import io.credere.core.customer.Customer;
import io.credere.core.explain.Explanation;
import io.credere.core.id.CustomerId;
import io.credere.core.id.DocumentId;
import io.credere.core.id.PaymentId;
import io.credere.core.item.DocumentType;
import io.credere.core.item.OpenItem;
import io.credere.core.money.Monies;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * An ERP extension embedding Credere's cash application: the ERP's own entities (amounts in
 * cents, a status string, customer numbers) are mapped to core values, the standard rule chain
 * runs with the ERP's own {@link PaymentAdviceRule} in front, and the result is written back to
 * the ERP's invoices (open amounts, status) and posting lines.
 */
public final class ErpExtensionExample {

  private ErpExtensionExample() {}

  // ---- the ERP's own entities, as it has them ----

  /** The ERP's customer master record. */
  public record ErpCustomer(String customerNo, String name, String currency, long creditLimitCents,
      String iban) {}

  /** The ERP's invoice: gross and open amounts in cents, status {@code OPEN}, {@code PART}, {@code PAID}. */
  public record ErpInvoice(String invoiceNo, String customerNo, String currency, long grossCents,
      long openCents, LocalDate invoiceDate, LocalDate dueDate, String status) {

    ErpInvoice withOpenCents(long open) {
      String newStatus = open == 0 ? "PAID" : open < grossCents ? "PART" : "OPEN";
      return new ErpInvoice(invoiceNo, customerNo, currency, grossCents, open, invoiceDate,
          dueDate, newStatus);
    }
  }

  /** A receipt on the ERP's bank account, with the purpose line as the bank delivered it. */
  public record ErpBankReceipt(String receiptNo, LocalDate bookingDate, long amountCents,
      String currency, String payerName, String payerIban, String purpose) {}

  /** A posting line the ERP books: G/L account, amount in cents, text, and the rule that decided. */
  public record ErpPosting(String receiptNo, String invoiceNo, String account, long amountCents,
      String rule, String text) {}

  /** The ERP's state after the run: invoices with new open amounts, the postings, the run. */
  public record ErpCashRun(List<ErpInvoice> invoices, List<ErpPosting> postings,
      AllocationRun run) {}

  // ---- the custom rule ----

  /**
   * Recognises the ERP's own payment advices, {@code ADV-<customer no>-<invoice no>} in the
   * remittance text: identifies the customer and pays the named invoice (up to its open amount;
   * the rest stays on account). Does nothing when the advice names an unknown customer, an
   * invoice that is not open, or a customer other than the one an earlier rule identified.
   * Immutable and thread-safe.
   */
  public static final class PaymentAdviceRule implements AllocationRule {

    /** The rule id in every line it decides. */
    public static final String ID = "ERP_PAYMENT_ADVICE";

    private static final Pattern ADVICE = Pattern.compile("ADV-(\\d+)-(\\d+)");

    @Override
    public String id() {
      return ID;
    }

    @Override
    public void apply(AllocationWork work) {
      Matcher advice = ADVICE.matcher(work.payment().remittance());
      if (!advice.find()) {
        return;
      }
      CustomerId customer = CustomerId.of(advice.group(1));
      if (!work.knows(customer) || work.customerId().filter(c -> !c.equals(customer)).isPresent()) {
        return;
      }
      if (work.customerId().isEmpty()) {
        work.identify(customer, ID, "payment advice " + advice.group());
      }
      Optional<OpenItem> invoice = work.openItems().stream()
          .filter(item -> item.documentId().value().equals(advice.group(2))).findFirst();
      if (invoice.isEmpty()) {
        work.note("payment advice " + advice.group() + " names no open invoice");
        return;
      }
      Money open = work.openAmount(invoice.get());
      Money paid = open.isGreaterThan(work.remaining()) ? work.remaining() : open;
      work.allocate(invoice.get(), paid, Explanation.builder().ruleId(ID)
          .sentence(paid + " applied to " + advice.group(2) + " as payment advice "
              + advice.group() + " says.")
          .addReasonCodes("PAYMENT_ADVICE").putFacts("advice", advice.group()).build());
      work.decide(ID);
    }
  }

  // ---- mapping ERP entities to Credere values ----

  static Customer toCustomer(ErpCustomer c) {
    CurrencyUnit currency = CurrencyUnit.of(c.currency());
    return Customer.builder().customerId(CustomerId.of(c.customerNo())).name(c.name())
        .currency(currency).creditLimit(Monies.ofMinor(currency, c.creditLimitCents()))
        .addBankAccounts(c.iban()).build();
  }

  static OpenItem toOpenItem(ErpInvoice i) {
    CurrencyUnit currency = CurrencyUnit.of(i.currency());
    return OpenItem.builder().customerId(CustomerId.of(i.customerNo()))
        .documentId(DocumentId.of(i.invoiceNo())).documentType(DocumentType.INVOICE)
        .documentDate(i.invoiceDate()).dueDate(i.dueDate())
        .amount(Monies.ofMinor(currency, i.grossCents()))
        .openAmount(Monies.ofMinor(currency, i.openCents())).build();
  }

  static IncomingPayment toPayment(ErpBankReceipt r) {
    return IncomingPayment.builder().paymentId(PaymentId.of(r.receiptNo())).date(r.bookingDate())
        .amount(Monies.ofMinor(CurrencyUnit.of(r.currency()), r.amountCents()))
        .payerName(r.payerName()).payerAccount(r.payerIban()).remittance(r.purpose()).build();
  }

  // ---- the run, and writing the result back ----

  /** Applies the receipts to the open invoices and returns the ERP's entities after the run. */
  public static ErpCashRun applyCash(List<ErpCustomer> customers, List<ErpInvoice> invoices,
      List<ErpBankReceipt> receipts) {
    CashApplication application = CashApplication.builder()
        .insertBefore("GIVEN_CUSTOMER", new PaymentAdviceRule())   // the ERP's advices first
        .build();
    AllocationRun run = application.apply(
        invoices.stream().filter(i -> !"PAID".equals(i.status()))
            .map(ErpExtensionExample::toOpenItem).toList(),
        customers.stream().map(ErpExtensionExample::toCustomer).toList(),
        receipts.stream().map(ErpExtensionExample::toPayment).toList());

    Map<String, OpenItem> after = run.ledgerAfter().stream()
        .collect(Collectors.toMap(item -> item.documentId().value(), Function.identity()));
    List<ErpInvoice> updated = new ArrayList<>();
    for (ErpInvoice invoice : invoices) {
      OpenItem item = after.get(invoice.invoiceNo());
      updated.add(item == null ? invoice
          : invoice.withOpenCents(item.openAmount().getAmountMinorLong()));
    }
    List<ErpPosting> postings = new ArrayList<>();
    for (Allocation line : run.lines()) {
      String account = switch (line.kind()) {
        case ALLOCATED -> "1400 RECEIVABLES";
        case DISCOUNT -> "7300 DISCOUNTS GRANTED";
        case WRITE_OFF -> "6880 SMALL DIFFERENCES";
        case BANK_CHARGES -> "6855 BANK CHARGES";
        case ON_ACCOUNT -> "1410 CUSTOMER ON ACCOUNT";
        case UNAPPLIED -> "1590 SUSPENSE";
        case SHORT_PAYMENT -> null;                                // informational, not booked
      };
      if (account != null) {
        postings.add(new ErpPosting(line.paymentId().value(),
            line.documentId().map(DocumentId::value).orElse(""), account,
            line.amount().getAmountMinorLong(), line.ruleId(), line.explanation().sentence()));
      }
    }
    return new ErpCashRun(updated, postings, run);
  }

  /** The ERP's sample data: two customers, three open invoices, three bank receipts. */
  static ErpCashRun sampleRun() {
    List<ErpCustomer> customers = List.of(
        new ErpCustomer("10042", "Mueller Maschinenbau GmbH", "EUR", 5_000_000,
            "DE89370400440532013000"),
        new ErpCustomer("10077", "Brightwater Trading Ltd", "EUR", 2_000_000,
            "IE29AIBK93115212345678"));
    List<ErpInvoice> invoices = List.of(
        new ErpInvoice("90000815", "10042", "EUR", 119_000, 119_000,
            LocalDate.of(2026, 10, 12), LocalDate.of(2026, 11, 11), "OPEN"),
        new ErpInvoice("90000816", "10042", "EUR", 25_000, 25_000,
            LocalDate.of(2026, 10, 20), LocalDate.of(2026, 11, 19), "OPEN"),
        new ErpInvoice("90000820", "10077", "EUR", 48_000, 48_000,
            LocalDate.of(2026, 10, 22), LocalDate.of(2026, 11, 21), "OPEN"));
    List<ErpBankReceipt> receipts = List.of(
        // paid by the parent company from an account the ERP does not know: only the advice tells
        new ErpBankReceipt("BK-2026-1101", LocalDate.of(2026, 11, 20), 119_000, "EUR",
            "MUELLER HOLDING AG", "DE02120300000000202051", "Zahlungsavis ADV-10042-90000815"),
        new ErpBankReceipt("BK-2026-1102", LocalDate.of(2026, 11, 20), 48_000, "EUR",
            "BRIGHTWATER TRADING", "IE29 AIBK 9311 5212 3456 78", "INV 90000820"),
        // pays 50.00 more than the advised invoice: the rest stays on the customer's account
        new ErpBankReceipt("BK-2026-1103", LocalDate.of(2026, 11, 20), 30_000, "EUR",
            "Mueller Maschinenbau", "DE89370400440532013000", "ADV-10042-90000816"));
    return applyCash(customers, invoices, receipts);
  }

  /** Runs the sample and prints the postings and the invoices after the run. */
  public static void main(String[] args) {
    ErpCashRun result = sampleRun();
    for (ErpPosting posting : result.postings()) {
      System.out.printf("%s %-8s %-24s %9s  %-20s %s%n", posting.receiptNo(), posting.invoiceNo(),
          posting.account(), Monies.ofMinor(CurrencyUnit.EUR, posting.amountCents()).getAmount(),
          posting.rule(), posting.text());
    }
    for (ErpInvoice invoice : result.invoices()) {
      System.out.printf("%s open %s %s%n", invoice.invoiceNo(),
          Monies.ofMinor(CurrencyUnit.EUR, invoice.openCents()).getAmount(), invoice.status());
    }
  }
}
