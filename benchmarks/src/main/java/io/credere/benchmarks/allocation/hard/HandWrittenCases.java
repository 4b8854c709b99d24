package io.credere.benchmarks.allocation.hard;

import io.credere.allocation.IncomingPayment;
import io.credere.core.customer.Customer;
import io.credere.core.id.CustomerId;
import io.credere.core.id.DocumentId;
import io.credere.core.id.PaymentId;
import io.credere.core.item.DocumentType;
import io.credere.core.item.EarlyPaymentDiscount;
import io.credere.core.item.OpenItem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * Hand-written cases, at least one per {@link Situation}, each a small month of its own with the
 * booking written out by hand (issue 11's two worked examples among them). Tolerance as
 * everywhere in the harness: 5.00 and 1 %, the smaller applies.
 */
public final class HandWrittenCases {

  static final LocalDate PAID = LocalDate.of(2026, 11, 10);
  static final LocalDate DOC_DATE = LocalDate.of(2026, 10, 15);

  private HandWrittenCases() {}

  /** A small month being written. */
  static final class Case {
    private final String name;
    private final List<OpenItem> ledger = new ArrayList<>();
    private final List<Customer> customers = new ArrayList<>();
    private final List<IncomingPayment> payments = new ArrayList<>();
    private final List<Truth> truths = new ArrayList<>();

    Case(String name) {
      this.name = name;
    }

    Case customer(String id, String name, String... accounts) {
      customers.add(Customer.builder().customerId(CustomerId.of(id)).name(name)
          .currency(CurrencyUnit.EUR).addBankAccounts(accounts).build());
      return this;
    }

    Case invoice(String customer, String document, String open) {
      return item(customer, document, DocumentType.INVOICE, open, open, null, null, null);
    }

    Case item(String customer, String document, DocumentType type, String amount, String open,
        String reference, LocalDate discountDate, String percent) {
      CurrencyUnit currency = amount.startsWith("USD ") ? CurrencyUnit.USD : CurrencyUnit.EUR;
      OpenItem.Builder item = OpenItem.builder().customerId(CustomerId.of(customer))
          .documentId(DocumentId.of(document)).documentType(type).documentDate(DOC_DATE)
          .dueDate(DOC_DATE.plusDays(30)).amount(eur(amount, currency))
          .openAmount(eur(open, currency));
      if (reference != null) {
        item.reference(reference);
      }
      if (discountDate != null) {
        item.discount(EarlyPaymentDiscount.of(discountDate, new BigDecimal(percent)));
      }
      ledger.add(item.build());
      return this;
    }

    /** A payment and its truth; {@code rows} as "KIND customer document amount" lines. */
    Case pay(Situation situation, IncomingPayment.Builder payment, String note, String... rows) {
      return payAlternatives(situation, payment, note, List.<String[]>of(rows));
    }

    Case payAlternatives(Situation situation, IncomingPayment.Builder payment, String note,
        List<String[]> alternatives) {
      String id = "H-" + name.replaceAll("[^A-Za-z0-9]+", "-") + "-" + (payments.size() + 1);
      IncomingPayment built = payment.paymentId(PaymentId.of(id)).build();
      List<List<Row>> bookings = new ArrayList<>();
      Optional<String> real = Optional.empty();
      for (String[] rows : alternatives) {
        List<Row> booking = new ArrayList<>();
        for (String row : rows) {
          String[] f = row.split(" ");
          Money amount = Money.of(built.currency(), new BigDecimal(f[f.length - 1]));
          switch (f[0]) {
            case Row.UNAPPLIED -> booking.add(Row.unapplied(amount));
            case Row.ON_ACCOUNT -> booking.add(Row.onAccount(f[1], amount));
            default -> booking.add(Row.on(f[1], f[2], f[0], amount));
          }
          if (f.length > 2 && !f[0].equals(Row.UNAPPLIED)) {
            real = Optional.of(f[1]);
          } else if (f[0].equals(Row.ON_ACCOUNT)) {
            real = Optional.of(f[1]);
          }
        }
        bookings.add(booking);
      }
      payments.add(built);
      truths.add(new Truth(id, situation, bookings, real, name + ": " + note));
      return this;
    }

    /** A payment whose truth is suspense but whose real payer the case knows. */
    Case payUnapplied(Situation situation, IncomingPayment.Builder payment, String note,
        Optional<String> realPayer) {
      String id = "H-" + name.replaceAll("[^A-Za-z0-9]+", "-") + "-" + (payments.size() + 1);
      IncomingPayment built = payment.paymentId(PaymentId.of(id)).build();
      payments.add(built);
      truths.add(Truth.of(id, situation, List.of(Row.unapplied(built.amount())), realPayer,
          name + ": " + note));
      return this;
    }

    BankMonth month() {
      return new BankMonth(name, BankMonthGenerator.AS_OF, ledger, customers, payments, truths);
    }
  }

  static Money eur(String amount, CurrencyUnit currency) {
    String number = amount.replace("USD ", "");
    return Money.of(currency, new BigDecimal(number));
  }

  static IncomingPayment.Builder payment(String amount, String remittance) {
    return IncomingPayment.builder().date(PAID).amount(eur(amount, CurrencyUnit.EUR))
        .remittance(remittance);
  }

  static IncomingPayment.Builder from(String customer, String amount, String remittance) {
    return payment(amount, remittance).customerId(CustomerId.of(customer));
  }

  /** Every hand-written case. */
  public static List<BankMonth> all() {
    List<BankMonth> cases = new ArrayList<>();
    cases.add(new Case("issue 11 slip: RE INV-2026-004035 for the 498.76 of ...036")
        .customer("104001", "Nordwind Logistik GmbH")
        .invoice("104001", "INV-2026-004035", "11995.20")
        .invoice("104001", "INV-2026-004036", "498.76")
        .pay(Situation.SLIP_COLLISION, from("104001", "498.76", "RE INV-2026-004035"),
            "one digit slipped, ...036 fits exactly", "ALLOCATED 104001 INV-2026-004036 498.76")
        .month());
    cases.add(new Case("slip naming another customer's open invoice")
        .customer("104001", "Nordwind Logistik GmbH", "DE89370400440532013000")
        .customer("104002", "Alpen Holz AG")
        .invoice("104002", "INV-2026-004035", "7100.00")
        .invoice("104001", "INV-2026-004053", "1234.56")
        .pay(Situation.SLIP_COLLISION, payment("1234.56", "Rechnung INV-2026-004035")
            .payerAccount("DE89 3704 0044 0532 0130 00").payerName("NORDWIND LOGISTIK GMBH"),
            "transposed digits name 104002's invoice", "ALLOCATED 104001 INV-2026-004053 1234.56")
        .month());
    cases.add(new Case("issue 11 discount plus fee: 5,000.00 on 2/10 paid 4,897.50")
        .customer("104010", "Krüger Technik GmbH")
        .item("104010", "INV-2026-005000", DocumentType.INVOICE, "5000.00", "5000.00", null,
            PAID.plusDays(2), "2")
        .pay(Situation.DISCOUNT_PLUS_FEE, from("104010", "4897.50", "INV-2026-005000"),
            "2 % discount and a 2.50 fee", "ALLOCATED 104010 INV-2026-005000 4897.50",
            "DISCOUNT 104010 INV-2026-005000 100.00", "WRITE_OFF 104010 INV-2026-005000 2.50")
        .month());
    cases.add(new Case("exact and reformatted references")
        .customer("104020", "Weiß Druck KG")
        .invoice("104020", "INV-2026-004100", "812.40")
        .invoice("104020", "2026/4101", "99.00")
        .invoice("104020", "9026004102", "4500.00")
        .invoice("104020", "INV-2026-004103", "61.10")
        .pay(Situation.EXACT_REFERENCE, from("104020", "812.40", "INV-2026-004100"),
            "as printed", "ALLOCATED 104020 INV-2026-004100 812.40")
        .pay(Situation.REFERENCE_FORMAT, from("104020", "99.00", "Rg 20264101"),
            "separator dropped", "ALLOCATED 104020 2026/4101 99.00")
        .pay(Situation.REFERENCE_FORMAT, from("104020", "4500.00", "Beleg 902 600 4102"),
            "spaced", "ALLOCATED 104020 9026004102 4500.00")
        .pay(Situation.REFERENCE_FORMAT, from("104020", "61.10", "inv-2026-4103"),
            "leading zeros dropped", "ALLOCATED 104020 INV-2026-004103 61.10")
        .month());
    cases.add(new Case("OCR and typing slips naming nothing")
        .customer("104030", "Dupré Consulting SARL", "FR7630006000011234567890189")
        .invoice("104030", "INV-2026-004200", "1500.00")
        .invoice("104030", "INV-2026-004311", "2750.25")
        .invoice("104030", "2026/4418", "318.00")
        .pay(Situation.REFERENCE_SLIP, payment("1500.00", "INV-2026-0O4200")
            .payerAccount("FR76 3000 6000 0112 3456 7890 189"), "O for 0, payer by account",
            "ALLOCATED 104030 INV-2026-004200 1500.00")
        .pay(Situation.REFERENCE_SLIP, from("104030", "2750.25", "INV-2026-0O4311"),
            "O for 0", "ALLOCATED 104030 INV-2026-004311 2750.25")
        .pay(Situation.REFERENCE_SLIP, from("104030", "318.00", "Rechnung 2026/44l8"),
            "l for 1", "ALLOCATED 104030 2026/4418 318.00")
        .month());
    cases.add(new Case("several invoices, a fee, bank charges")
        .customer("104040", "Schäfer Bau GmbH & Co. KG")
        .invoice("104040", "INV-2026-004400", "1000.00")
        .invoice("104040", "INV-2026-004401", "2000.00")
        .invoice("104040", "INV-2026-004402", "350.00")
        .invoice("104040", "INV-2026-004403", "800.00")
        .invoice("104040", "INV-2026-004404", "900.00")
        .invoice("104040", "INV-2026-004405", "1200.00")
        .invoice("104040", "INV-2026-004406", "640.00")
        .pay(Situation.MULTI_INVOICE, from("104040", "3350.00",
            "INV-2026-004400, INV-2026-004401, INV-2026-004402"), "three named, sum paid",
            "ALLOCATED 104040 INV-2026-004400 1000.00", "ALLOCATED 104040 INV-2026-004401 2000.00",
            "ALLOCATED 104040 INV-2026-004402 350.00")
        .payAlternatives(Situation.MULTI_WITH_FEE, from("104040", "1697.00",
            "INV-2026-004403 INV-2026-004404"), "3.00 fee, either document's tolerance covers it",
            List.of(new String[] {"ALLOCATED 104040 INV-2026-004403 797.00",
                "ALLOCATED 104040 INV-2026-004404 900.00", "WRITE_OFF 104040 INV-2026-004403 3.00"},
                new String[] {"ALLOCATED 104040 INV-2026-004403 800.00",
                "ALLOCATED 104040 INV-2026-004404 897.00",
                "WRITE_OFF 104040 INV-2026-004404 3.00"}))
        .pay(Situation.BANK_CHARGES, from("104040", "1827.50",
            "INV-2026-004405 / INV-2026-004406").charges(Money.of(CurrencyUnit.EUR,
            new BigDecimal("12.50"))), "charges on the first named",
            "ALLOCATED 104040 INV-2026-004405 1187.50", "BANK_CHARGES 104040 INV-2026-004405 12.50",
            "ALLOCATED 104040 INV-2026-004406 640.00")
        .month());
    cases.add(new Case("discounts on time, late, with charges")
        .customer("104050", "Köhler Elektro e.K.")
        .item("104050", "INV-2026-004500", DocumentType.INVOICE, "2000.00", "2000.00", null,
            PAID, "2")
        .item("104050", "INV-2026-004501", DocumentType.INVOICE, "3000.00", "3000.00", null,
            PAID.minusDays(3), "2")
        .item("104050", "INV-2026-004502", DocumentType.INVOICE, "1000.00", "1000.00", null,
            PAID.plusDays(5), "3")
        .item("104050", "INV-2026-004503", DocumentType.INVOICE, "750.00", "750.00", null,
            null, null)
        .pay(Situation.DISCOUNT_ON_TIME, from("104050", "1960.00", "INV-2026-004500 Skonto"),
            "on the last day", "ALLOCATED 104050 INV-2026-004500 1960.00",
            "DISCOUNT 104050 INV-2026-004500 40.00")
        .pay(Situation.DISCOUNT_LATE, from("104050", "2940.00", "INV-2026-004501 abzgl. 2%"),
            "three days late", "ALLOCATED 104050 INV-2026-004501 2940.00",
            "SHORT_PAYMENT 104050 INV-2026-004501 60.00")
        .pay(Situation.BANK_CHARGES, from("104050", "955.00", "INV-2026-004502").charges(
            Money.of(CurrencyUnit.EUR, new BigDecimal("15.00"))), "discount and charges",
            "ALLOCATED 104050 INV-2026-004502 955.00", "DISCOUNT 104050 INV-2026-004502 30.00",
            "BANK_CHARGES 104050 INV-2026-004502 15.00")
        .pay(Situation.BANK_CHARGES, from("104050", "750.00", "INV-2026-004503").charges(
            Money.of(CurrencyUnit.EUR, new BigDecimal("7.00"))), "charges reported, paid in full",
            "ALLOCATED 104050 INV-2026-004503 750.00")
        .month());
    cases.add(new Case("short, over, twice, already paid")
        .customer("104060", "Groß Handel OHG", "DE44500105175407324931")
        .invoice("104060", "INV-2026-004600", "5000.00")
        .invoice("104060", "INV-2026-004601", "420.00")
        .invoice("104060", "INV-2026-004602", "777.77")
        .item("104060", "INV-2026-003999", DocumentType.INVOICE, "1300.00", "0.00", null, null,
            null)
        .invoice("104060", "INV-2026-004603", "86.20")
        .pay(Situation.SHORT_PAYMENT, from("104060", "4500.00",
            "INV-2026-004600 less 10% damaged"), "paid short",
            "ALLOCATED 104060 INV-2026-004600 4500.00",
            "SHORT_PAYMENT 104060 INV-2026-004600 500.00")
        .pay(Situation.OVER_PAYMENT, from("104060", "500.00", "INV-2026-004601"), "80.00 too much",
            "ALLOCATED 104060 INV-2026-004601 420.00", "ON_ACCOUNT 104060 80.00")
        .pay(Situation.EXACT_REFERENCE, payment("777.77", "INV-2026-004602")
            .payerAccount("DE44500105175407324931"), "first",
            "ALLOCATED 104060 INV-2026-004602 777.77")
        .pay(Situation.DUPLICATE_PAYMENT, payment("777.77", "INV-2026-004602")
            .payerAccount("DE44500105175407324931"), "sent again", "ON_ACCOUNT 104060 777.77")
        .pay(Situation.ALREADY_PAID, from("104060", "1300.00", "INV-2026-003999"),
            "paid in September", "ON_ACCOUNT 104060 1300.00")
        .month());
    cases.add(new Case("amount only: one set, two sets")
        .customer("104070", "Meyer Foods B.V.")
        .invoice("104070", "INV-2026-004700", "1190.00")
        .invoice("104070", "INV-2026-004701", "1190.00")
        .invoice("104070", "INV-2026-004702", "245.10")
        .invoice("104070", "INV-2026-004703", "88.35")
        .invoice("104070", "INV-2026-004704", "5012.00")
        .pay(Situation.AMOUNT_ONLY_ONE_SET, from("104070", "333.45", "Zahlung"),
            "245.10 + 88.35 only", "ALLOCATED 104070 INV-2026-004702 245.10",
            "ALLOCATED 104070 INV-2026-004703 88.35")
        .pay(Situation.AMOUNT_ONLY_TWO_SETS, from("104070", "1190.00", "Thank you"),
            "two invoices of 1,190.00", "ON_ACCOUNT 104070 1190.00")
        .month());
    cases.add(new Case("numbers that are not references")
        .customer("104035", "Bäcker Textil GmbH")
        .invoice("104035", "2026/4035", "1000.00")
        .invoice("104035", "INV-2026-004036", "250.00")
        .invoice("104035", "INV-2026-004037", "612.00")
        .pay(Situation.NOT_A_REFERENCE, from("104035", "250.00",
            "Kd-Nr. 104035 04035 Leipzig vom 03.11.2026 INV-2026-004036"),
            "customer number, postcode and date beside the reference",
            "ALLOCATED 104035 INV-2026-004036 250.00")
        .pay(Situation.NOT_A_REFERENCE, from("104035", "612.00",
            "Kundennr. 104035 Tel. 0341 4035 22 Betrag 612,00 EUR"),
            "no reference: the amount fits one invoice", "ALLOCATED 104035 INV-2026-004037 612.00")
        .month());
    cases.add(new Case("PO shared by three deliveries")
        .customer("104080", "Hoffmann Metallbau AG")
        .item("104080", "INV-2026-004800", DocumentType.INVOICE, "400.00", "400.00", "PO-77812",
            null, null)
        .item("104080", "INV-2026-004801", DocumentType.INVOICE, "400.00", "400.00", "PO-77812",
            null, null)
        .item("104080", "INV-2026-004802", DocumentType.INVOICE, "650.00", "650.00", "PO-77812",
            null, null)
        .pay(Situation.PO_REFERENCE, from("104080", "650.00", "Bestellung PO 77812"),
            "one delivery fits", "ALLOCATED 104080 INV-2026-004802 650.00")
        .pay(Situation.PO_REFERENCE, from("104080", "400.00", "your order PO-77812"),
            "two deliveries of 400.00", "ON_ACCOUNT 104080 400.00")
        .month());
    cases.add(new Case("RF creditor reference stored as printed")
        .customer("104090", "Jørgensen Medical ApS")
        .item("104090", "INV-2026-004900", DocumentType.INVOICE, "1717.00", "1717.00",
            "RF18 5390 0754 7034", null, null)
        .item("104090", "INV-2026-004901", DocumentType.INVOICE, "310.00", "310.00",
            "RF71 4321 0000 0001", null, null)
        .pay(Situation.RF_REFERENCE, payment("1717.00", "RF18 5390 0754 7034"),
            "quoted spaced, payer unknown", "ALLOCATED 104090 INV-2026-004900 1717.00")
        .pay(Situation.RF_REFERENCE, from("104090", "310.00", "RF71432100000001"),
            "quoted compact", "ALLOCATED 104090 INV-2026-004901 310.00")
        .month());
    cases.add(new Case("credit note netted")
        .customer("104100", "Núñez Transporte S.A.")
        .invoice("104100", "INV-2026-005100", "1000.00")
        .item("104100", "CN-2026-000901", DocumentType.CREDIT_NOTE, "-200.00", "-200.00", null,
            null, null)
        .pay(Situation.CREDIT_NOTE_NETTED, from("104100", "800.00",
            "INV-2026-005100 abzgl. Gutschrift CN-2026-000901"), "netted",
            "ALLOCATED 104100 INV-2026-005100 800.00")
        .month());
    cases.add(new Case("short number of two years")
        .customer("104110", "Lefèvre Optique SARL")
        .invoice("104110", "INV-2025-004035", "700.00")
        .invoice("104110", "INV-2026-004035", "1250.00")
        .invoice("104110", "2025/4120", "300.00")
        .invoice("104110", "2026/4120", "300.00")
        .pay(Situation.SHORT_NUMBER_TWO_YEARS, from("104110", "1250.00", "Rechnung 4035"),
            "the 2026 one fits", "ALLOCATED 104110 INV-2026-004035 1250.00")
        .pay(Situation.SHORT_NUMBER_TWO_YEARS, from("104110", "300.00", "Rechnung 4120"),
            "both fit", "ON_ACCOUNT 104110 300.00")
        .month());
    cases.add(new Case("third parties pay")
        .customer("104120", "Wójcik Software Sp. z o.o.")
        .customer("104121", "Håkansson Holding AB", "SE4550000000058398257466")
        .customer("104122", "Håkansson Möbel AB")
        .invoice("104120", "INV-2026-005200", "49.99")
        .invoice("104120", "INV-2026-005201", "18250.00")
        .invoice("104122", "INV-2026-005202", "3400.00")
        .invoice("104121", "INV-2026-005203", "910.00")
        .pay(Situation.THIRD_PARTY_PAYER, payment("49.99",
            "1042598611234 PP.7734.PP . INV-2026-005200, Ihr Einkauf bei Credere")
            .payerName("PayPal Europe S.a r.l. et Cie S.C.A").payerAccount("LU89751000135104200E"),
            "PayPal", "ALLOCATED 104120 INV-2026-005200 49.99")
        .pay(Situation.THIRD_PARTY_PAYER, payment("18250.00",
            "Abrechnung 4471 Debitor WOJCIK SOFTWARE INV-2026-005201")
            .payerName("Nordfactor Finanz GmbH").payerAccount("DE02120300000000202051"),
            "factoring company", "ALLOCATED 104120 INV-2026-005201 18250.00")
        .pay(Situation.THIRD_PARTY_PAYER, payment("3400.00", "for Hakansson Mobel INV-2026-005202")
            .payerName("HAKANSSON HOLDING AB").payerAccount("SE45 5000 0000 0583 9825 7466"),
            "parent (a customer itself) pays its subsidiary",
            "ALLOCATED 104122 INV-2026-005202 3400.00")
        .month());
    cases.add(new Case("near-duplicate names")
        .customer("104130", "Müller Logistik GmbH")
        .customer("104131", "Mueller Logistik GmbH & Co. KG")
        .customer("104132", "Muller Logistik AG")
        .invoice("104130", "INV-2026-005300", "2222.00")
        .invoice("104131", "INV-2026-005301", "1818.18")
        .invoice("104132", "INV-2026-005302", "975.00")
        .invoice("104132", "INV-2026-005303", "2222.00")
        .pay(Situation.NEAR_NAMESAKE, payment("1818.18", "Zahlung")
            .payerName("MUELLER LOGISTIK GMBH + CO KG"), "full name with its legal form",
            "ALLOCATED 104131 INV-2026-005301 1818.18")
        .pay(Situation.NEAR_NAMESAKE, payment("975.00", "RE INV-2026-005302")
            .payerName("MUELLER LOGISTIK"), "ambiguous name, the reference decides",
            "ALLOCATED 104132 INV-2026-005302 975.00")
        .payUnapplied(Situation.NEAR_NAMESAKE, payment("2222.00", "Payment")
            .payerName("MULLER LOGISTIK"), "ambiguous name, two namesakes' items fit",
            Optional.of("104130"))
        .month());
    cases.add(new Case("unknown payer, currency")
        .customer("104140", "Krüger Kunststoff GmbH")
        .customer("104141", "Schröder Foods Ltd")
        .invoice("104140", "INV-2026-005400", "598.00")
        .item("104141", "INV-2026-005401", DocumentType.INVOICE, "USD 500.00", "USD 500.00", null,
            null, null)
        .payUnapplied(Situation.UNKNOWN_PAYER, payment("598.00", "SEE ATTACHED")
            .payerName("J. SMITH").payerAccount("GB29NWBK60161331926819"),
            "the amount fits an invoice, the payer is nobody known", Optional.empty())
        .pay(Situation.CURRENCY_MISMATCH, from("104141", "500.00", "INV-2026-005401"),
            "the invoice is in USD", "ON_ACCOUNT 104141 500.00")
        .month());
    cases.addAll(adversarial());
    return cases;
  }

  /**
   * Cases written to break the evidence engine's own rules: a literal number paid short while
   * every number has a neighbour of another customer, a slip onto another customer's document
   * with nobody identified, a payment sent twice whose neighbour fits within tolerance, a short
   * number whose neighbour is open for the same amount, a year that rules a document out, credit
   * notes netted, a discount taken late on a multi-invoice payment, a fee on several documents,
   * and numbers that are not references (customer numbers, dates, postcodes, amounts).
   */
  static List<BankMonth> adversarial() {
    List<BankMonth> cases = new ArrayList<>();
    cases.add(new Case("dense numbering, unknown payer pays a named invoice short")
        .customer("104200", "Albrecht Sanitär GmbH")
        .customer("104201", "Berger Druck KG")
        .customer("104202", "Cordes Möbel GmbH")
        .invoice("104200", "INV-2026-007100", "1200.00")
        .invoice("104201", "INV-2026-007101", "310.00")
        .invoice("104202", "INV-2026-007110", "455.50")
        .invoice("104201", "INV-2026-007000", "99.00")
        .pay(Situation.SHORT_PAYMENT, payment("1000.00", "INV-2026-007100 abzgl. Reklamation")
            .payerName("ONLINE ZAHLUNG"), "no neighbour fits 1,000.00: the named one is paid short",
            "ALLOCATED 104200 INV-2026-007100 1000.00",
            "SHORT_PAYMENT 104200 INV-2026-007100 200.00")
        .pay(Situation.OVER_PAYMENT, payment("330.00", "RE INV-2026-007101"),
            "paid 20.00 too much, nobody else's neighbour fits",
            "ALLOCATED 104201 INV-2026-007101 310.00", "ON_ACCOUNT 104201 20.00")
        .month());
    cases.add(new Case("unknown payer, the slip is another customer's invoice that fits")
        .customer("104210", "Dietz Kälte GmbH")
        .customer("104211", "Ebner Glas AG")
        .invoice("104210", "9026207300", "18400.00")
        .invoice("104211", "9026207030", "2713.49")
        .pay(Situation.SLIP_COLLISION, payment("2713.49", "Rechnung 9026207300"),
            "0 and 3 swapped: 104211's invoice fits to the cent, 104210's does not",
            "ALLOCATED 104211 9026207030 2713.49")
        .month());
    cases.add(new Case("sent twice, the neighbour fits within tolerance only")
        .customer("104220", "Fischer Kabel GmbH", "DE12500105170648489890")
        .invoice("104220", "2026/7400", "104.76")
        .invoice("104220", "2026/7401", "105.27")
        .pay(Situation.EXACT_REFERENCE, from("104220", "104.76", "2026/7400"), "first",
            "ALLOCATED 104220 2026/7400 104.76")
        .pay(Situation.DUPLICATE_PAYMENT, from("104220", "104.76", "2026/7400"),
            "again: 2026/7401 is one slip away and 0.51 off, still not what was paid",
            "ON_ACCOUNT 104220 104.76")
        .month());
    cases.add(new Case("short number, the next invoice is open for the same amount")
        .customer("104230", "Graf Reinigung GmbH")
        .invoice("104230", "INV-2026-007500", "1450.00")
        .invoice("104230", "INV-2026-007501", "1450.00")
        .invoice("104230", "INV-2025-007500", "380.00")
        .pay(Situation.SHORT_NUMBER_TWO_YEARS, from("104230", "1450.00", "Re-Nr. 7500"),
            "monthly invoices of one amount: 7500 may be a slip for 7501",
            "ON_ACCOUNT 104230 1450.00")
        .month());
    cases.add(new Case("a year before the number rules the other year out")
        .customer("104240", "Haas Elektro GmbH")
        .customer("104241", "Igel Verpackung GmbH")
        .invoice("104240", "2025/7600", "640.00")
        .invoice("104241", "2026/7600", "5120.00")
        .pay(Situation.EXACT_REFERENCE, payment("640.00", "Rechnung 2025/7600"),
            "2026/7600 of another customer is not meant", "ALLOCATED 104240 2025/7600 640.00")
        .payUnapplied(Situation.UNKNOWN_PAYER, payment("433.10", "Rechnung 2024/7600")
            .payerName("M. ROSSI"), "a 2024 document nobody has: not 2026/7600 of 104241",
            Optional.empty())
        .month());
    cases.add(new Case("two invoices less two credit notes")
        .customer("104250", "Jung Pharma AG")
        .invoice("104250", "INV-2026-007700", "2380.00")
        .invoice("104250", "INV-2026-007701", "1190.00")
        .item("104250", "CN-2026-000770", DocumentType.CREDIT_NOTE, "-119.00", "-119.00", null,
            null, null)
        .item("104250", "CN-2026-000771", DocumentType.CREDIT_NOTE, "-238.00", "-238.00", null,
            null, null)
        .pay(Situation.CREDIT_NOTE_NETTED, from("104250", "3213.00",
            "INV-2026-007700 + INV-2026-007701 ./. CN-2026-000770 ./. CN-2026-000771"),
            "both credit notes netted", "ALLOCATED 104250 INV-2026-007700 2023.00",
            "ALLOCATED 104250 INV-2026-007701 1190.00")
        .month());
    cases.add(new Case("fee on three invoices, a date, a postcode and an amount in the text")
        .customer("104260", "Kraus Werkzeug GmbH", "DE27100777770209299700")
        .invoice("104260", "INV-2026-007800", "1500.00")
        .invoice("104260", "INV-2026-007801", "2500.00")
        .invoice("104260", "INV-2026-007802", "800.00")
        .invoice("104260", "INV-2026-010726", "333.00")
        .payAlternatives(Situation.MULTI_WITH_FEE, payment("4796.50",
            "INV-2026-007800 INV-2026-007801 INV-2026-007802 vom 10.11.2026 PLZ 10726 "
                + "Betrag 4.800,00").payerAccount("DE27 1007 7777 0209 2997 00"),
            "3.50 short: any document's tolerance covers it",
            List.of(new String[] {"ALLOCATED 104260 INV-2026-007800 1496.50",
                "ALLOCATED 104260 INV-2026-007801 2500.00",
                "ALLOCATED 104260 INV-2026-007802 800.00",
                "WRITE_OFF 104260 INV-2026-007800 3.50"},
                new String[] {"ALLOCATED 104260 INV-2026-007800 1500.00",
                "ALLOCATED 104260 INV-2026-007801 2496.50",
                "ALLOCATED 104260 INV-2026-007802 800.00",
                "WRITE_OFF 104260 INV-2026-007801 3.50"}))
        .month());
    cases.add(new Case("customer number that is one slip from an invoice")
        .customer("104270", "Lorenz Bau GmbH")
        .invoice("104270", "9026104270", "777.00")
        .invoice("104270", "9026104271", "1250.00")
        .pay(Situation.NOT_A_REFERENCE, from("104270", "1250.00",
            "Kundennummer 9026104270 Rechnung 9026104271"),
            "the customer number is not a reference", "ALLOCATED 104270 9026104271 1250.00")
        .month());
    cases.add(new Case("discount taken late on one of two invoices")
        .customer("104280", "Maier Optik GmbH")
        .item("104280", "INV-2026-007900", DocumentType.INVOICE, "1000.00", "1000.00", null,
            PAID.minusDays(4), "2")
        .invoice("104280", "INV-2026-007901", "600.00")
        .pay(Situation.DISCOUNT_LATE, from("104280", "1580.00",
            "INV-2026-007900 abzgl. 2% Skonto, INV-2026-007901"),
            "the discount expired four days ago: 20.00 stays open",
            "ALLOCATED 104280 INV-2026-007900 980.00", "ALLOCATED 104280 INV-2026-007901 600.00",
            "SHORT_PAYMENT 104280 INV-2026-007900 20.00")
        .month());
    return cases;
  }
}
