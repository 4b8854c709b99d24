package io.credere.benchmarks.allocation.hard;

import io.credere.allocation.IncomingPayment;
import io.credere.core.customer.Customer;
import io.credere.core.id.CustomerId;
import io.credere.core.id.DocumentId;
import io.credere.core.id.PaymentId;
import io.credere.core.item.DocumentType;
import io.credere.core.item.EarlyPaymentDiscount;
import io.credere.core.item.OpenItem;
import io.credere.core.money.Monies;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * Generates a bank month, deterministically for a seed: customers in families of near-duplicate
 * names (Müller GmbH, Mueller GmbH &amp; Co. KG, Muller AG), with IBANs, PO numbers, RF creditor
 * references stored as printed, documents of four numbering series and two years, identical open
 * amounts, credit notes and settled documents; then payments of every {@link Situation}, each
 * with the booking a careful controller would make ({@link Truth}).
 *
 * <p>The truth is decided from what the generator made, against the ledger as the earlier
 * payments' truths left it; before stating it the generator looks for a second reading
 * ({@link Readings}: other documents the quoted text could mean whose open amount fits, other
 * sets of open items summing to the amount, other customers the payer name could be) and either
 * redraws the case or states an abstention. Tolerance: the smaller of 5.00 and 1 % of the open
 * amount.
 */
public final class BankMonthGenerator {

  /** The as-of date of every generated month. */
  public static final LocalDate AS_OF = LocalDate.of(2026, 11, 30);
  private static final LocalDate FIRST_DAY = LocalDate.of(2026, 11, 2);
  private static final long TOLERANCE_MINOR = 500;

  private static final String[][] STEMS = {{"Müller", "Mueller", "Muller"},
      {"Schäfer", "Schaefer", "Schafer"}, {"Köhler", "Koehler", "Kohler"}, {"Weiß", "Weiss"},
      {"Groß", "Gross"}, {"Lefèvre", "Lefevre"}, {"Dupré", "Dupre"}, {"Núñez", "Nunez"},
      {"Jørgensen", "Jorgensen"}, {"Bäcker", "Baecker", "Backer"}, {"Krüger", "Krueger"},
      {"Håkansson", "Hakansson"}, {"Wójcik", "Wojcik"}, {"Hoffmann", "Hofmann"},
      {"Schröder", "Schroeder"}, {"Meyer", "Meier", "Maier"}};
  private static final String[] TRADES = {"Logistik", "Bau", "Metallbau", "Transporte",
      "Elektro", "Druck", "Foods", "Consulting", "Textil", "Holz", "Technik", "Handel",
      "Kunststoff", "Medical", "Software", "Möbel"};
  private static final String[] REGIONS = {"", "Nord", "Süd", "West", "Rhein", "Main",
      "Ost", "Alpen"};
  private static final String[] FORMS = {"GmbH", "GmbH & Co. KG", "AG", "KG", "e.K.", "SARL",
      "S.A.", "Ltd", "B.V.", "OHG", "UG (haftungsbeschränkt)", "GmbH & Co. KG"};
  private static final String[] STRANGERS = {"HAUSVERWALTUNG KRAUSE", "J. SMITH", "M. ROSSI",
      "ONLINE ZAHLUNG", "STADTWERKE BADEN", "A. NOWAK", "LIEFERANT SERVICE KG", "K. PETERSEN"};
  private static final String[] THANKS = {"", "Zahlung", "Payment", "Thank you", "Ueberweisung",
      "SEPA-Gutschrift", "Rechnung", "Invoice payment", "Danke", "Paiement facture"};

  private final Random random;
  private final int target;
  private final List<Cust> customers = new ArrayList<>();
  private final List<Doc> docs = new ArrayList<>();
  private final Map<String, Doc> byId = new HashMap<>();
  private final java.util.TreeMap<Long, List<Doc>> byOpen = new java.util.TreeMap<>();
  private final List<String> strangerAccounts = new ArrayList<>();
  private final Set<String> usedIbans = new HashSet<>();
  private final List<IncomingPayment> payments = new ArrayList<>();
  private final List<Truth> truths = new ArrayList<>();
  private final Deque<Pending> duplicates = new ArrayDeque<>();
  private Cust paypal;
  private Cust factor;

  private BankMonthGenerator(long seed, int payments) {
    this.random = new Random(seed);
    this.target = payments;
  }

  /** A bank month of {@code payments} payments for {@code seed}. */
  public static BankMonth generate(long seed, int payments) {
    BankMonthGenerator generator = new BankMonthGenerator(seed, payments);
    generator.buildLedger(Math.max(40, payments / 4));
    generator.snapshot();
    generator.buildPayments();
    return generator.month("seed " + seed + ", " + payments + " payments");
  }

  // ---------------------------------------------------------------- the world

  /** A customer (or a third party, when {@code payer} only). */
  static final class Cust {
    final String id;
    final String name;
    final CurrencyUnit currency;
    final List<String> ibans = new ArrayList<>();
    final List<Doc> docs = new ArrayList<>();
    final int family;
    final boolean listed;
    String folded = "";

    Cust(String id, String name, CurrencyUnit currency, int family, boolean listed) {
      this.id = id;
      this.name = name;
      this.currency = currency;
      this.family = family;
      this.listed = listed;
    }
  }

  /** A document and what is open on it as the truths so far leave it. */
  static final class Doc {
    final String id;
    final Cust customer;
    final DocumentType type;
    final LocalDate date;
    long amount;
    long open;
    String reference;
    LocalDate discountDate;
    BigDecimal discountPercent;
    boolean touched;
    final String last;
    Readings.Text idText;
    Readings.Text referenceText;

    Doc(String id, Cust customer, DocumentType type, LocalDate date, long amount, long open,
        String last) {
      this.id = id;
      this.customer = customer;
      this.type = type;
      this.date = date;
      this.amount = amount;
      this.open = open;
      this.last = last;
    }

    CurrencyUnit currency() {
      return customer.currency;
    }

    boolean fresh() {
      return !touched && type == DocumentType.INVOICE && open == amount && open > 0;
    }

    long discount() {
      return discountPercent == null ? 0 : new BigDecimal(amount).multiply(discountPercent)
          .movePointLeft(2).setScale(0, RoundingMode.HALF_EVEN).longValueExact();
    }
  }

  private record Pending(int due, IncomingPayment original, Cust customer, String reference) {}

  private void buildLedger(int count) {
    int families = 0;
    List<Cust> listed = new ArrayList<>();
    Set<String> names = new HashSet<>();
    while (listed.size() < count) {
      String[] stem = STEMS[random.nextInt(STEMS.length)];
      String trade = TRADES[random.nextInt(TRADES.length)];
      String region = REGIONS[random.nextInt(REGIONS.length)];
      int size = 1 + (random.nextInt(10) < 4 ? 1 + random.nextInt(2) : 0);
      int family = families++;
      CurrencyUnit currency = pick(new CurrencyUnit[] {CurrencyUnit.EUR, CurrencyUnit.EUR,
          CurrencyUnit.EUR, CurrencyUnit.EUR, CurrencyUnit.EUR, CurrencyUnit.EUR, CurrencyUnit.EUR,
          CurrencyUnit.EUR, CurrencyUnit.GBP, CurrencyUnit.USD});
      for (int m = 0; m < size && listed.size() < count; m++) {
        String name = (stem[m % stem.length] + " " + trade + (region.isEmpty() ? "" : " "
            + region) + " " + FORMS[random.nextInt(FORMS.length)]).replace("  ", " ");
        if (!names.add(Readings.foldName(name))) {
          continue;
        }
        String id = String.format(Locale.ROOT, "10%04d", listed.size() + 4000);
        Cust customer = new Cust(id, name, currency, family, true);
        int accounts = random.nextInt(10) < 8 ? 1 : random.nextInt(2) * 2;
        for (int a = 0; a < accounts; a++) {
          customer.ibans.add(newIban());
        }
        listed.add(customer);
      }
      if (size > 1 && random.nextInt(3) == 0 && listed.size() < count) {
        String id = String.format(Locale.ROOT, "10%04d", listed.size() + 4000);
        Cust parent = new Cust(id, stem[0] + " Holding AG", currency, family, true);
        if (names.add(Readings.foldName(parent.name))) {
          parent.ibans.add(newIban());
          listed.add(parent);
        }
      }
    }
    customers.addAll(listed);
    paypal = new Cust("", "PayPal Europe S.a r.l. et Cie S.C.A", CurrencyUnit.EUR, -1, false);
    paypal.ibans.add("LU89751000135104200E");
    factor = new Cust("", "Nordfactor Finanz GmbH", CurrencyUnit.EUR, -2, false);
    factor.ibans.add(newIban());
    for (int i = 0; i < 20; i++) {
      strangerAccounts.add(newIban());
    }
    // Runs of documents (a customer's deliveries of one day get consecutive numbers), shuffled
    // so that the neighbours of a run belong to other customers.
    List<Object[]> runs = new ArrayList<>();
    for (Cust customer : customers) {
      int invoices = 3 + random.nextInt(10);
      while (invoices > 0) {
        int length = Math.min(invoices, random.nextInt(10) < 6 ? 1 : 2 + random.nextInt(2));
        int year = random.nextInt(100) < 12 ? 2025 : 2026;
        runs.add(new Object[] {customer, series(), year, length});
        invoices -= length;
      }
    }
    Collections.shuffle(runs, random);
    Map<String, Integer> counters = new HashMap<>();
    for (Object[] run : runs) {
      Cust customer = (Cust) run[0];
      String series = (String) run[1];
      int year = (Integer) run[2];
      for (int k = 0; k < (Integer) run[3]; k++) {
        int number = counters.merge(series + year, 1, Integer::sum) + base(series, year);
        addInvoice(customer, series, year, number, amount());
      }
    }
    for (Cust customer : customers) {
      shapeCustomer(customer);
    }
  }

  private void snapshot() {
    for (Doc doc : docs) {
      doc.idText = Readings.Text.of(doc.id);
      doc.referenceText = doc.reference == null ? null : Readings.Text.of(doc.reference);
      initial.put(doc.id, doc.open);
      keyIndex.computeIfAbsent(Readings.key(doc.id), k -> new ArrayList<>()).add(doc);
      coreIndex.computeIfAbsent(Readings.core(Readings.key(doc.id)), k -> new ArrayList<>())
          .add(doc);
      if (doc.reference != null) {
        keyIndex.computeIfAbsent(Readings.key(doc.reference), k -> new ArrayList<>()).add(doc);
        coreIndex.computeIfAbsent(Readings.core(Readings.key(doc.reference)),
            k -> new ArrayList<>()).add(doc);
      }
    }
    for (Cust customer : customers) {
      customer.folded = Readings.foldName(customer.name);
    }
  }

  /** Where a series' numbers start in a year (series do not share numbers, years partly do). */
  private static int base(String series, int year) {
    return switch (series) {
      case "INV" -> year == 2025 ? 3500 : 4000;
      case "SLASH" -> year == 2025 ? 1800 : 2100;
      default -> year == 2025 ? 150_000 : 200_000;
    };
  }

  /** A number of a document settled before the run (below the open ones). */
  private int settledNumber(String series) {
    return switch (series) {
      case "INV" -> 3000 + random.nextInt(450);
      case "SLASH" -> 100 + random.nextInt(600);
      default -> 100_000 + random.nextInt(40_000);
    };
  }

  private String series() {
    int pick = random.nextInt(10);
    return pick < 5 ? "INV" : pick < 7 ? "SLASH" : "NUM";
  }

  private static String documentId(String series, int year, int number) {
    return switch (series) {
      case "INV" -> String.format(Locale.ROOT, "INV-%d-%06d", year, number);
      case "SLASH" -> String.format(Locale.ROOT, "%d/%d", year, number);
      case "CN" -> String.format(Locale.ROOT, "CN-%d-%06d", year, number);
      default -> String.format(Locale.ROOT, "9%03d%06d", year % 1000, number);
    };
  }

  private Doc addInvoice(Cust customer, String series, int year, int number, long amount) {
    String id = documentId(series, year, number);
    if (byId.containsKey(id)) {
      return null;
    }
    LocalDate date = year == 2025 ? LocalDate.of(2025, 10, 1).plusDays(random.nextInt(80))
        : LocalDate.of(2026, 8, 1).plusDays(random.nextInt(117));
    Doc doc = new Doc(id, customer, DocumentType.INVOICE, date, amount, amount,
        String.valueOf(number));
    if (year == 2026 && random.nextInt(100) < 25) {
      LocalDate recent = LocalDate.of(2026, 10, 18).plusDays(random.nextInt(38));
      doc = new Doc(id, customer, DocumentType.INVOICE, recent, amount, amount,
          String.valueOf(number));
      doc.discountDate = recent.plusDays(10);
      doc.discountPercent = random.nextInt(5) == 0 ? new BigDecimal("3") : new BigDecimal("2");
    }
    register(doc);
    return doc;
  }

  private void register(Doc doc) {
    docs.add(doc);
    byId.put(doc.id, doc);
    doc.customer.docs.add(doc);
    if (doc.open != 0) {
      byOpen.computeIfAbsent(doc.open, k -> new ArrayList<>()).add(doc);
    }
  }

  /** Identical amounts, sums, shared POs, RF references, credit notes, settled documents. */
  private void shapeCustomer(Cust customer) {
    List<Doc> invoices = new ArrayList<>(customer.docs);
    if (random.nextInt(100) < 18 && invoices.size() >= 3) {
      long recurring = amount();
      int copies = 2 + random.nextInt(2);
      for (int k = 0; k < copies && k < invoices.size(); k++) {
        setAmount(invoices.get(k), recurring);
      }
    }
    if (random.nextInt(100) < 8 && invoices.size() >= 4) {
      Doc a = invoices.get(invoices.size() - 1);
      Doc b = invoices.get(invoices.size() - 2);
      setAmount(invoices.get(invoices.size() - 3), a.amount + b.amount);
    }
    if (random.nextInt(100) < 10) {
      // A document of 2025 with the same number as one of 2026 (a short reference fits both).
      for (Doc doc : invoices) {
        if (doc.id.startsWith("INV-2026") || doc.id.startsWith("2026/")) {
          String series = doc.id.startsWith("INV") ? "INV" : "SLASH";
          Doc twin = addInvoice(customer, series, 2025, Integer.parseInt(doc.last),
              random.nextInt(3) == 0 ? doc.amount : amount());
          if (twin != null) {
            twin.discountDate = null;
            twin.discountPercent = null;
          }
          break;
        }
      }
    }
    if (random.nextInt(100) < 35) {
      int style = random.nextInt(3);
      int k = 0;
      while (k < invoices.size()) {
        int shared = 1 + random.nextInt(3);
        String po = switch (style) {
          case 0 -> String.format(Locale.ROOT, "PO-%05d", 10000 + random.nextInt(90000));
          case 1 -> String.format(Locale.ROOT, "4500%06d", random.nextInt(1_000_000));
          default -> String.format(Locale.ROOT, "BE-2026-%03d", random.nextInt(1000));
        };
        long same = random.nextInt(10) < 3 ? amount() : 0;
        for (int s = 0; s < shared && k < invoices.size(); s++, k++) {
          Doc doc = invoices.get(k);
          doc.reference = po;
          if (same > 0 && shared > 1) {
            setAmount(doc, same);
          }
        }
        k += random.nextInt(3);
      }
    } else {
      for (Doc doc : invoices) {
        if (random.nextInt(100) < 15) {
          doc.reference = Readings.creditorReference(String.format(Locale.ROOT, "%04d%08d",
              1000 + random.nextInt(9000), random.nextInt(100_000_000)));
        }
      }
    }
    if (random.nextInt(100) < 15) {
      int number = 900 + docs.size();
      long credit = Math.max(500, amount() / 8);
      Doc note = new Doc(documentId("CN", 2026, number), customer, DocumentType.CREDIT_NOTE,
          LocalDate.of(2026, 10, 1).plusDays(random.nextInt(50)), -credit, -credit,
          String.valueOf(number));
      register(note);
    }
    int settled = random.nextInt(3);
    for (int s = 0; s < settled; s++) {
      String series = series();
      int number = settledNumber(series);
      String id = documentId(series, 2026, number);
      if (byId.containsKey(id)) {
        continue;
      }
      Doc doc = new Doc(id, customer, DocumentType.INVOICE,
          LocalDate.of(2026, 5, 1).plusDays(random.nextInt(60)), amount(), 0,
          String.valueOf(number));
      register(doc);
    }
  }

  private void setAmount(Doc doc, long amount) {
    byOpen.get(doc.open).remove(doc);
    doc.amount = amount;
    doc.open = amount;
    byOpen.computeIfAbsent(amount, k -> new ArrayList<>()).add(doc);
  }

  private long amount() {
    if (random.nextInt(100) < 10) {
      return pick(new long[] {11900, 59500, 119000, 23800, 49876, 99000});
    }
    double log = Math.log(4_000) + random.nextDouble() * (Math.log(6_000_000) - Math.log(4_000));
    return Math.round(Math.exp(log));
  }

  private String newIban() {
    while (true) {
      String iban = Readings.iban(String.format(Locale.ROOT, "%08d%010d",
          10_000_000 + random.nextInt(89_999_999), (long) (random.nextDouble() * 9_999_999_999L)));
      if (usedIbans.add(iban)) {
        return iban;
      }
    }
  }

  // ---------------------------------------------------------------- the truth's ledger

  private void setOpen(Doc doc, long open) {
    if (doc.open != 0) {
      byOpen.get(doc.open).remove(doc);
    }
    doc.open = open;
    doc.touched = true;
    if (open != 0) {
      byOpen.computeIfAbsent(open, k -> new ArrayList<>()).add(doc);
    }
  }

  static long tolerance(long open) {
    long percent = new BigDecimal(Math.abs(open)).movePointLeft(2)
        .setScale(0, RoundingMode.HALF_EVEN).longValueExact();
    return Math.min(TOLERANCE_MINOR, percent);
  }

  /**
   * Open documents (any customer, or only {@code scope}'s) the text could mean whose open is
   * {@code amount}.
   */
  private Set<Doc> fitsNear(String typed, long amount, CurrencyUnit currency,
      Optional<Cust> scope) {
    Set<Doc> fits = new LinkedHashSet<>();
    Readings.Text text = Readings.Text.of(typed);
    for (Doc doc : byOpen.getOrDefault(amount, List.of())) {
      if (!doc.currency().equals(currency) || scope.isPresent() && scope.get() != doc.customer) {
        continue;
      }
      if (reads(text, doc)) {
        fits.add(doc);
      }
    }
    return fits;
  }

  private static boolean reads(Readings.Text text, Doc doc) {
    return Readings.near(text, doc.idText)
        || doc.referenceText != null && Readings.near(text, doc.referenceText);
  }

  /**
   * Whether no open document but {@code doc} that the text could mean explains {@code paid}:
   * exactly, within its tolerance, less its discount (and a fee), or less the charges. A
   * difference is accepted only on the document the reference names, so any second document the
   * quoted text nearly names and the amount nearly fits makes the case ambiguous.
   */
  private boolean namesOnly(String typed, Doc doc, long paid, long charges) {
    Readings.Text text = Readings.Text.of(typed);
    // Only documents whose open amount is near the cash can explain it: within tolerance
    // (at most 5.00), the charges, or a discount of at most 3 % plus both.
    long low = paid - TOLERANCE_MINOR;
    long high = (paid + charges + TOLERANCE_MINOR) * 100 / 96 + 1;
    for (List<Doc> near : byOpen.subMap(low, true, high, true).values()) {
      for (Doc other : near) {
        if (other == doc || other.open <= 0 || !other.currency().equals(doc.currency())
            || !reads(text, other)) {
          continue;
        }
        long gap = other.open - paid;
        long discount = other.open == other.amount ? other.discount() : 0;
        if (Math.abs(gap) <= tolerance(other.open) || gap == charges || discount > 0
            && gap >= discount && gap - discount <= tolerance(other.open) + charges) {
          return false;
        }
      }
    }
    return true;
  }

  /** Documents (settled or open) whose number or reference the text names literally. */
  private List<Doc> literalDocs(String typed) {
    Set<Doc> named = new LinkedHashSet<>();
    String key = Readings.key(typed);
    named.addAll(keyIndex.getOrDefault(key, List.of()));
    String core = Readings.core(key);
    if (core.equals(key) && core.length() >= 4) {
      named.addAll(coreIndex.getOrDefault(core, List.of()));
    }
    return new ArrayList<>(named);
  }

  private long[] openValues(Cust customer, CurrencyUnit currency) {
    return customer.docs.stream().filter(d -> d.open != 0 && d.currency().equals(currency))
        .mapToLong(d -> d.open).toArray();
  }

  // ---------------------------------------------------------------- payments

  private void buildPayments() {
    int total = 0;
    for (Situation s : Situation.values()) {
      total += s.weight();
    }
    int guard = 0;
    while (payments.size() < target && guard++ < target * 20) {
      if (!duplicates.isEmpty() && duplicates.peek().due() <= payments.size()) {
        emitDuplicate(duplicates.poll());
        continue;
      }
      int pick = random.nextInt(total);
      Situation situation = Situation.EXACT_REFERENCE;
      for (Situation s : Situation.values()) {
        if (pick < s.weight()) {
          situation = s;
          break;
        }
        pick -= s.weight();
      }
      boolean made = false;
      for (int attempt = 0; attempt < 25 && !made; attempt++) {
        made = make(situation);
      }
      if (!made) {
        make(Situation.EXACT_REFERENCE);
      }
    }
  }

  private boolean make(Situation situation) {
    return switch (situation) {
      case EXACT_REFERENCE -> exact(situation, false);
      case REFERENCE_FORMAT -> exact(situation, true);
      case REFERENCE_SLIP -> slip();
      case SLIP_COLLISION -> collision();
      case MULTI_INVOICE -> multi(false);
      case MULTI_WITH_FEE -> multi(true);
      case DISCOUNT_ON_TIME -> discount(situation, true, 0);
      case DISCOUNT_LATE -> discount(situation, false, 0);
      case DISCOUNT_PLUS_FEE -> discount(situation, true, 1);
      case BANK_CHARGES -> charges();
      case SHORT_PAYMENT -> shortPaid();
      case OVER_PAYMENT -> overPaid();
      case DUPLICATE_PAYMENT -> duplicate();
      case ALREADY_PAID -> alreadyPaid();
      case AMOUNT_ONLY_ONE_SET, AMOUNT_ONLY_TWO_SETS -> amountOnly(
          situation == Situation.AMOUNT_ONLY_TWO_SETS);
      case NOT_A_REFERENCE -> notAReference();
      case PO_REFERENCE -> purchaseOrder();
      case RF_REFERENCE -> creditorReference();
      case CREDIT_NOTE_NETTED -> creditNote();
      case SHORT_NUMBER_TWO_YEARS -> shortNumber();
      case THIRD_PARTY_PAYER -> thirdParty();
      case NEAR_NAMESAKE -> namesake();
      case UNKNOWN_PAYER -> unknown();
      case CURRENCY_MISMATCH -> currencyMismatch();
    };
  }

  private String nextId() {
    return String.format(Locale.ROOT, "P-%06d", payments.size() + 1);
  }

  private LocalDate today() {
    return FIRST_DAY.plusDays((long) payments.size() * 28 / Math.max(1, target));
  }

  private Doc freshDoc(Predicate<Doc> filter) {
    for (int attempt = 0; attempt < 60; attempt++) {
      Cust customer = customers.get(random.nextInt(customers.size()));
      if (customer.docs.isEmpty()) {
        continue;
      }
      Doc doc = customer.docs.get(random.nextInt(customer.docs.size()));
      if (doc.fresh() && filter.test(doc)) {
        return doc;
      }
    }
    return null;
  }

  /** How the payer shows: by id, by account, by name only, or not at all. */
  enum Payer { ID, ACCOUNT, NAME, NONE }

  private Payer anyPayer() {
    int pick = random.nextInt(100);
    return pick < 40 ? Payer.ID : pick < 65 ? Payer.ACCOUNT : pick < 85 ? Payer.NAME : Payer.NONE;
  }

  private Payer knownPayer() {
    return random.nextInt(10) < 7 ? Payer.ID : Payer.ACCOUNT;
  }

  /** Fills the payer fields; returns whether they identify {@code customer} with confidence. */
  private boolean payer(IncomingPayment.Builder payment, Cust customer, Payer how) {
    Payer mode = how == Payer.ACCOUNT && customer.ibans.isEmpty() ? Payer.ID : how;
    switch (mode) {
      case ID -> {
        payment.customerId(CustomerId.of(customer.id));
        if (random.nextBoolean()) {
          payment.payerName(bankName(customer.name, false));
        }
        return true;
      }
      case ACCOUNT -> {
        payment.payerAccount(printIban(customer.ibans.get(random.nextInt(customer.ibans.size()))));
        payment.payerName(bankName(customer.name, false));
        return true;
      }
      case NAME -> {
        String name = bankName(customer.name, random.nextInt(4) == 0);
        payment.payerName(name);
        if (random.nextBoolean()) {
          payment.payerAccount(printIban(newIban()));
        }
        return namesFor(name).equals(List.of(customer));
      }
      default -> {
        if (random.nextBoolean()) {
          payment.payerName(pick(STRANGERS));
        }
        return false;
      }
    }
  }

  private List<Cust> namesFor(String payerName) {
    List<Cust> found = new ArrayList<>();
    String folded = Readings.foldName(payerName);
    for (Cust customer : customers) {
      if (Readings.couldBeFolded(folded, customer.folded)) {
        found.add(customer);
      }
    }
    return found;
  }

  /** A name as a bank delivers it: upper case, umlauts spelt out or dropped, maybe cut. */
  String bankName(String name, boolean dropLegalForm) {
    String text = name;
    if (dropLegalForm) {
      for (String form : FORMS) {
        if (text.endsWith(" " + form)) {
          text = text.substring(0, text.length() - form.length() - 1);
          break;
        }
      }
    }
    int style = random.nextInt(4);
    if (style == 0) {
      return text;
    }
    text = text.toUpperCase(Locale.ROOT);
    if (style == 1) {
      text = text.replace("Ä", "AE").replace("Ö", "OE").replace("Ü", "UE").replace("ß", "SS");
    }
    text = java.text.Normalizer.normalize(text.replace("ß", "SS").replace("Ø", "O"),
        java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "").replace(".", "")
        .replace("&", random.nextBoolean() ? "+" : "U");
    if (text.length() > 27 && random.nextInt(3) == 0) {
      text = text.substring(0, 27).strip();
    }
    return text;
  }

  private String printIban(String iban) {
    if (random.nextBoolean()) {
      return iban;
    }
    StringBuilder printed = new StringBuilder();
    for (int i = 0; i < iban.length(); i += 4) {
      printed.append(i == 0 ? "" : " ").append(iban, i, Math.min(iban.length(), i + 4));
    }
    return random.nextBoolean() ? printed.toString() : printed.toString()
        .toLowerCase(Locale.ROOT);
  }

  private IncomingPayment.Builder payment(CurrencyUnit currency, long amount, String remittance,
      LocalDate date) {
    return IncomingPayment.builder().paymentId(PaymentId.of(nextId())).date(date)
        .amount(Monies.ofMinor(currency, amount)).remittance(remittance.strip());
  }

  private void add(IncomingPayment payment, Situation situation, List<List<Row>> alternatives,
      Optional<Cust> realPayer, String note) {
    payments.add(payment);
    truths.add(new Truth(payment.paymentId().value(), situation, alternatives,
        realPayer.map(c -> c.id), note));
  }

  private static Money money(Doc doc, long minor) {
    return Monies.ofMinor(doc.currency(), minor);
  }

  private static Row allocated(Doc doc, long minor) {
    return Row.on(doc.customer.id, doc.id, Row.ALLOCATED, money(doc, minor));
  }

  private static Row row(Doc doc, String kind, long minor) {
    return Row.on(doc.customer.id, doc.id, kind, money(doc, minor));
  }

  private Row leftOver(boolean identified, Cust customer, CurrencyUnit currency, long minor) {
    return identified ? Row.onAccount(customer.id, Monies.ofMinor(currency, minor))
        : Row.unapplied(Monies.ofMinor(currency, minor));
  }

  // ---------------------------------------------------------------- reference forms

  /** The number as printed, perhaps behind a word. */
  private String printed(Doc doc) {
    return pick(new String[] {"", "", "RE ", "Rechnung ", "Invoice ", "Rg. ", "Facture ",
        "INV "}) + doc.id;
  }

  /** The number reformatted the ways people type it (still literally the same number). */
  private String reformatted(Doc doc) {
    String id = doc.id;
    List<String> forms = new ArrayList<>();
    forms.add(id.toLowerCase(Locale.ROOT));
    forms.add(id.replace("-", " ").replace("/", " "));
    forms.add(id.replace("-", "").replace("/", ""));
    forms.add("Re-Nr. " + id.replace("-", "").replace("/", ""));
    if (id.startsWith("INV-")) {
      forms.add(id.substring(4));
      forms.add("Rechnung " + id.substring(4));
      forms.add(id.replaceFirst("-0+", "-"));
      forms.add("inv." + id.substring(4).replace("-", ""));
    } else if (id.contains("/")) {
      forms.add(id.replace("/", "-"));
      forms.add("Rg " + id.replace("/", ""));
    } else {
      forms.add(id.substring(0, 4) + " " + id.substring(4, 7) + " " + id.substring(7));
    }
    return pick(forms.toArray(new String[0]));
  }

  /** One typing or OCR slip in the digits of a printed reference. */
  private String slipped(String id) {
    List<Integer> digits = new ArrayList<>();
    for (int i = 0; i < id.length(); i++) {
      if (Character.isDigit(id.charAt(i))) {
        digits.add(i);
      }
    }
    int at = digits.get(digits.size() - 1 - random.nextInt(Math.min(6, digits.size())));
    char c = id.charAt(at);
    StringBuilder text = new StringBuilder(id);
    switch (random.nextInt(5)) {
      case 0 -> {
        char other = (char) ('0' + (c - '0' + 1 + random.nextInt(9)) % 10);
        text.setCharAt(at, other);
      }
      case 1 -> {
        int next = digits.indexOf(at) + 1 < digits.size() ? digits.get(digits.indexOf(at) + 1)
            : -1;
        if (next != at + 1 || id.charAt(next) == c) {
          text.setCharAt(at, (char) ('0' + (c - '0' + 5) % 10));
        } else {
          text.setCharAt(at, id.charAt(next));
          text.setCharAt(next, c);
        }
      }
      case 2 -> {
        String ocr = switch (c) {
          case '0' -> "O";
          case '1' -> random.nextBoolean() ? "I" : "l";
          case '5' -> "S";
          case '8' -> "B";
          case '6' -> "G";
          case '2' -> "Z";
          default -> String.valueOf((char) ('0' + (c - '0' + 3) % 10));
        };
        text.replace(at, at + 1, ocr);
      }
      case 3 -> text.deleteCharAt(at);
      default -> text.insert(at, (char) ('0' + random.nextInt(10)));
    }
    return text.toString();
  }

  // ---------------------------------------------------------------- situations

  private boolean exact(Situation situation, boolean reformat) {
    Doc doc = freshDoc(d -> true);
    if (doc == null) {
      return false;
    }
    String typed = reformat ? reformatted(doc) : printed(doc);
    Set<Doc> fits = fitsNear(typed, doc.open, doc.currency(), Optional.empty());
    if (!fits.equals(Set.of(doc)) || !literalOnly(typed, doc)) {
      return false;
    }
    IncomingPayment.Builder payment = payment(doc.currency(), doc.open,
        around(typed), today());
    payer(payment, doc.customer, anyPayer());
    add(payment.build(), situation, List.of(List.of(allocated(doc, doc.open))),
        Optional.of(doc.customer), "quoted '" + typed + "' for " + doc.id);
    setOpen(doc, 0);
    return true;
  }

  /** Whether no document other than {@code doc} is named literally by the text. */
  private boolean literalOnly(String typed, Doc doc) {
    List<Doc> named = literalDocs(typed);
    return named.isEmpty() || named.equals(List.of(doc));
  }

  private String around(String reference) {
    return switch (random.nextInt(6)) {
      case 0 -> "SVWZ+" + reference + " EREF+NOTPROVIDED";
      case 1 -> reference + " " + pick(THANKS);
      case 2 -> pick(THANKS) + " " + reference;
      default -> reference;
    };
  }

  private boolean slip() {
    Doc doc = freshDoc(d -> true);
    if (doc == null) {
      return false;
    }
    String typed = slipped(doc.id);
    if (!literalDocs(typed).isEmpty()
        || !fitsNear(typed, doc.open, doc.currency(), Optional.empty()).equals(Set.of(doc))) {
      return false;
    }
    IncomingPayment.Builder payment = payment(doc.currency(), doc.open,
        around(pick(new String[] {"", "RE ", "Rechnung ", "Inv "}) + typed), today());
    payer(payment, doc.customer, anyPayer());
    add(payment.build(), Situation.REFERENCE_SLIP, List.of(List.of(allocated(doc, doc.open))),
        Optional.of(doc.customer), "typed '" + typed + "' for " + doc.id);
    setOpen(doc, 0);
    return true;
  }

  private boolean collision() {
    Doc doc = freshDoc(d -> true);
    if (doc == null) {
      return false;
    }
    List<Doc> neighbours = new ArrayList<>();
    for (String variant : slipVariants(Readings.key(doc.id))) {
      for (Doc other : keyIndex.getOrDefault(variant, List.of())) {
        if (other != doc && other.open > 0 && other.currency().equals(doc.currency())
            && Readings.key(other.id).equals(variant)
            && Math.abs(other.open - doc.open) > tolerance(other.open)
            && other.open - other.discount() != doc.open && !neighbours.contains(other)) {
          neighbours.add(other);
        }
      }
    }
    if (neighbours.isEmpty()) {
      return false;
    }
    Doc named = neighbours.get(random.nextInt(neighbours.size()));
    if (!fitsNear(named.id, doc.open, doc.currency(), Optional.of(doc.customer))
        .equals(Set.of(doc))
        || !fitsNear(named.id, doc.open, doc.currency(), Optional.empty()).equals(Set.of(doc))) {
      return false;
    }
    IncomingPayment.Builder payment = payment(doc.currency(), doc.open,
        pick(new String[] {"RE ", "", "Rechnung ", "Invoice "}) + named.id, today());
    // Where the named document is another customer's, the payer may be unknown too: the one
    // reading that explains reference and amount names the customer (the cash is not the named
    // document's customer's).
    payer(payment, doc.customer, named.customer != doc.customer && random.nextInt(10) < 4
        ? Payer.NONE : knownPayer());
    add(payment.build(), Situation.SLIP_COLLISION, List.of(List.of(allocated(doc, doc.open))),
        Optional.of(doc.customer), "named " + named.id + " (open "
            + money(named, named.open) + (named.customer == doc.customer ? ", same customer"
            : ", of " + named.customer.id) + ") for " + doc.id + " whose open the cash equals");
    setOpen(doc, 0);
    return true;
  }

  /** Every key one digit edit or adjacent transposition away from {@code key}. */
  static Set<String> slipVariants(String key) {
    Set<String> variants = new LinkedHashSet<>();
    for (int i = 0; i <= key.length(); i++) {
      for (char d = '0'; d <= '9'; d++) {
        variants.add(key.substring(0, i) + d + key.substring(i));
        if (i < key.length()) {
          variants.add(key.substring(0, i) + d + key.substring(i + 1));
        }
      }
      if (i < key.length()) {
        variants.add(key.substring(0, i) + key.substring(i + 1));
      }
      if (i + 1 < key.length()) {
        variants.add(key.substring(0, i) + key.charAt(i + 1) + key.charAt(i)
            + key.substring(i + 2));
      }
    }
    variants.remove(key);
    return variants;
  }

  private List<Doc> freshOf(Cust customer, int count, Predicate<Doc> filter) {
    List<Doc> fresh = new ArrayList<>();
    for (Doc doc : customer.docs) {
      if (doc.fresh() && filter.test(doc)) {
        fresh.add(doc);
      }
    }
    if (fresh.size() < count) {
      return List.of();
    }
    Collections.shuffle(fresh, random);
    return new ArrayList<>(fresh.subList(0, count));
  }

  private Cust someCustomer() {
    return customers.get(random.nextInt(customers.size()));
  }

  private boolean multi(boolean fee) {
    Cust customer = someCustomer();
    int count = 2 + random.nextInt(fee ? 2 : 3);
    List<Doc> chosen = freshOf(customer, count, d -> !fee || d.discountPercent == null
        || today().isAfter(d.discountDate));
    if (chosen.isEmpty()) {
      return false;
    }
    long sum = 0;
    List<String> typed = new ArrayList<>();
    for (Doc doc : chosen) {
      sum += doc.open;
      String text = fee || random.nextInt(3) > 0 ? random.nextBoolean() ? doc.id : reformatted(doc)
          : slipped(doc.id);
      boolean literal = Readings.literal(text, doc.id);
      List<Doc> near = new ArrayList<>();
      for (Doc other : customer.docs) {
        if (other.open > 0 && Readings.near(text, other.id)) {
          near.add(other);
        }
      }
      if (!near.equals(List.of(doc)) || !literalOnly(text, doc)
          || !literal && !literalDocs(text).isEmpty()
          || fee && !namesOnly(text, doc, doc.open, 0)) {
        return false;
      }
      typed.add(text);
    }
    long feeMinor = 0;
    List<List<Row>> alternatives = new ArrayList<>();
    if (fee) {
      long max = chosen.stream().mapToLong(d -> tolerance(d.open)).max().orElse(0);
      if (max < 10) {
        return false;
      }
      feeMinor = 10 + random.nextInt((int) Math.min(max, 500) - 9);
      for (Doc taker : chosen) {
        if (feeMinor <= tolerance(taker.open)) {
          List<Row> rows = new ArrayList<>();
          for (Doc doc : chosen) {
            rows.add(allocated(doc, doc == taker ? doc.open - feeMinor : doc.open));
          }
          rows.add(row(taker, Row.WRITE_OFF, feeMinor));
          alternatives.add(rows);
        }
      }
    } else {
      alternatives.add(chosen.stream().map(d -> allocated(d, d.open)).toList());
    }
    String separator = pick(new String[] {", ", " ", " / ", "; ", " + "});
    IncomingPayment.Builder payment = payment(customer.currency, sum - feeMinor,
        around(pick(new String[] {"", "Rechnungen ", "Invoices ", "RE "})
            + String.join(separator, typed)), today());
    payer(payment, customer, anyPayer());
    add(payment.build(), fee ? Situation.MULTI_WITH_FEE : Situation.MULTI_INVOICE, alternatives,
        Optional.of(customer), "quoted " + typed + (fee ? ", fee " + Monies.ofMinor(
            customer.currency, feeMinor) : ""));
    for (Doc doc : chosen) {
      setOpen(doc, 0);
    }
    return true;
  }

  private boolean discount(Situation situation, boolean onTime, int fee) {
    Doc doc = freshDoc(d -> d.discountPercent != null && (onTime
        ? !d.discountDate.isBefore(FIRST_DAY) : d.discountDate.isBefore(AS_OF.minusDays(1))));
    if (doc == null) {
      return false;
    }
    LocalDate date;
    if (onTime) {
      LocalDate latest = doc.discountDate.isAfter(AS_OF) ? AS_OF : doc.discountDate;
      LocalDate earliest = doc.date.isAfter(FIRST_DAY) ? doc.date : FIRST_DAY;
      long span = Math.max(0, latest.toEpochDay() - earliest.toEpochDay());
      date = latest.minusDays(random.nextInt((int) Math.min(4, span + 1)));
    } else {
      long span = AS_OF.toEpochDay() - doc.discountDate.toEpochDay() - 1;
      date = doc.discountDate.plusDays(1 + random.nextInt((int) Math.max(1, Math.min(10, span))));
    }
    long discount = doc.discount();
    long feeMinor = fee == 0 ? 0 : 1 + random.nextInt((int) Math.max(1, tolerance(doc.open)));
    long paid = doc.open - discount - feeMinor;
    String typed = random.nextBoolean() ? printed(doc) : reformatted(doc);
    if (discount <= 0 || paid <= 0 || !literalOnly(typed, doc)
        || !namesOnly(typed, doc, paid, 0)
        || feeMinor > tolerance(doc.open)) {
      return false;
    }
    String text = typed + pick(new String[] {"", " abzgl. 2% Skonto", " less discount",
        " Skonto", ""});
    IncomingPayment.Builder payment = payment(doc.currency(), paid, text, date);
    payer(payment, doc.customer, anyPayer());
    List<Row> rows = new ArrayList<>();
    rows.add(allocated(doc, paid));
    if (onTime) {
      rows.add(row(doc, Row.DISCOUNT, discount));
      if (feeMinor > 0) {
        rows.add(row(doc, Row.WRITE_OFF, feeMinor));
      }
    } else {
      rows.add(row(doc, Row.SHORT_PAYMENT, discount));
    }
    add(payment.build(), situation, List.of(rows), Optional.of(doc.customer),
        doc.id + " discount " + money(doc, discount) + " until " + doc.discountDate
            + ", paid " + date + (feeMinor > 0 ? " fee " + money(doc, feeMinor) : ""));
    setOpen(doc, onTime ? 0 : discount);
    return true;
  }

  private boolean charges() {
    int variant = random.nextInt(10);
    if (variant < 2) {
      return chargesOnSeveral();
    }
    boolean withDiscount = variant == 2;
    Doc doc = freshDoc(d -> !withDiscount || d.discountPercent != null
        && !d.discountDate.isBefore(today()));
    if (doc == null) {
      return false;
    }
    long charges = pick(new long[] {50, 150, 250, 700, 1000, 1500, 2500, 3500})
        + random.nextInt(50);
    boolean paidInFull = variant == 3;
    boolean noReference = variant == 4;
    long discount = withDiscount ? doc.discount() : 0;
    long paid = paidInFull ? doc.open : doc.open - discount - charges;
    if (paid <= 0) {
      return false;
    }
    String typed = noReference ? pick(THANKS) : random.nextBoolean() ? printed(doc)
        : reformatted(doc);
    Cust customer = doc.customer;
    List<Row> rows = new ArrayList<>();
    if (noReference) {
      if (Readings.countSets(openValues(customer, doc.currency()), paid) != 0) {
        return false;
      }
      rows.add(Row.onAccount(customer.id, money(doc, paid)));
    } else {
      if (!literalOnly(typed, doc) || !paidInFull
          && !namesOnly(typed, doc, paid, charges)) {
        return false;
      }
      rows.add(allocated(doc, paid));
      if (discount > 0) {
        rows.add(row(doc, Row.DISCOUNT, discount));
      }
      if (!paidInFull) {
        rows.add(row(doc, Row.BANK_CHARGES, charges));
      }
    }
    IncomingPayment.Builder payment = payment(doc.currency(), paid, typed,
        withDiscount ? today().isAfter(doc.discountDate) ? doc.discountDate : today() : today())
        .charges(money(doc, charges));
    payer(payment, customer, noReference ? knownPayer() : anyPayer());
    add(payment.build(), Situation.BANK_CHARGES, List.of(rows), Optional.of(customer),
        (noReference ? "no reference" : doc.id) + " charges " + money(doc, charges)
            + (paidInFull ? " but paid in full" : "") + (withDiscount ? " with discount" : ""));
    if (!noReference) {
      setOpen(doc, 0);
    }
    return true;
  }

  private boolean chargesOnSeveral() {
    Cust customer = someCustomer();
    List<Doc> chosen = freshOf(customer, 2 + random.nextInt(2), d -> d.discountPercent == null
        || today().isAfter(d.discountDate));
    if (chosen.isEmpty()) {
      return false;
    }
    long charges = 150 + random.nextInt(2000);
    if (chosen.get(0).open <= charges
        || !chosen.stream().allMatch(d -> namesOnly(d.id, d, d.open, charges))) {
      return false;
    }
    long sum = chosen.stream().mapToLong(d -> d.open).sum();
    List<Row> rows = new ArrayList<>();
    List<String> typed = new ArrayList<>();
    for (Doc doc : chosen) {
      typed.add(doc.id);
      rows.add(allocated(doc, doc == chosen.get(0) ? doc.open - charges : doc.open));
    }
    rows.add(row(chosen.get(0), Row.BANK_CHARGES, charges));
    IncomingPayment.Builder payment = payment(customer.currency, sum - charges,
        String.join(", ", typed), today()).charges(Monies.ofMinor(customer.currency, charges));
    payer(payment, customer, anyPayer());
    add(payment.build(), Situation.BANK_CHARGES, List.of(rows), Optional.of(customer),
        typed + " charges " + Monies.ofMinor(customer.currency, charges) + " on the first");
    chosen.forEach(d -> setOpen(d, 0));
    return true;
  }

  private boolean shortPaid() {
    Doc doc = freshDoc(d -> d.discountPercent == null || today().isAfter(d.discountDate));
    if (doc == null) {
      return false;
    }
    long missing = doc.open * (5 + random.nextInt(55)) / 100;
    long paid = doc.open - missing;
    String typed = random.nextBoolean() ? printed(doc) : reformatted(doc);
    if (missing <= tolerance(doc.open) || !literalOnly(typed, doc)
        || !namesOnly(typed, doc, paid, 0)) {
      return false;
    }
    IncomingPayment.Builder payment = payment(doc.currency(), paid, typed + pick(new String[] {
        "", " abzgl. Reklamation", " less damaged goods", " Teilzahlung", " 1. Rate"}), today());
    payer(payment, doc.customer, anyPayer());
    add(payment.build(), Situation.SHORT_PAYMENT, List.of(List.of(allocated(doc, paid),
        row(doc, Row.SHORT_PAYMENT, missing))), Optional.of(doc.customer),
        doc.id + " paid short by " + money(doc, missing));
    setOpen(doc, missing);
    return true;
  }

  private boolean overPaid() {
    Doc doc = freshDoc(d -> true);
    if (doc == null) {
      return false;
    }
    long extra = 1000 + random.nextInt(50_000);
    long paid = doc.open + extra;
    String typed = random.nextBoolean() ? printed(doc) : reformatted(doc);
    long[] others = doc.customer.docs.stream().filter(d -> d != doc && d.open != 0
        && d.currency().equals(doc.currency())).mapToLong(d -> d.open).toArray();
    if (!literalOnly(typed, doc)
        || !namesOnly(typed, doc, paid, 0)
        || Readings.countSets(others, extra) != 0
        || Readings.countSets(openValues(doc.customer, doc.currency()), paid) != 0) {
      return false;
    }
    IncomingPayment.Builder payment = payment(doc.currency(), paid, typed, today());
    payer(payment, doc.customer, anyPayer());
    add(payment.build(), Situation.OVER_PAYMENT, List.of(List.of(allocated(doc, doc.open),
        Row.onAccount(doc.customer.id, money(doc, extra)))), Optional.of(doc.customer),
        doc.id + " over-paid by " + money(doc, extra));
    setOpen(doc, 0);
    return true;
  }

  private boolean duplicate() {
    Doc doc = freshDoc(d -> true);
    if (doc == null) {
      return false;
    }
    String typed = printed(doc);
    if (!fitsNear(typed, doc.open, doc.currency(), Optional.empty()).equals(Set.of(doc))
        || !literalOnly(typed, doc)) {
      return false;
    }
    IncomingPayment.Builder payment = payment(doc.currency(), doc.open, typed, today());
    payer(payment, doc.customer, knownPayer());
    IncomingPayment original = payment.build();
    add(original, Situation.EXACT_REFERENCE, List.of(List.of(allocated(doc, doc.open))),
        Optional.of(doc.customer), "first of a payment sent twice, " + doc.id);
    setOpen(doc, 0);
    duplicates.add(new Pending(payments.size() + random.nextInt(4), original, doc.customer,
        typed));
    return true;
  }

  private void emitDuplicate(Pending pending) {
    IncomingPayment original = pending.original();
    long amount = original.amount().getAmountMinorLong();
    Cust customer = pending.customer();
    if (Readings.countSets(openValues(customer, original.currency()), amount) != 0
        || !fitsNear(pending.reference(), amount, original.currency(), Optional.empty())
        .isEmpty()) {
      return;
    }
    LocalDate date = original.date().plusDays(random.nextInt(3));
    IncomingPayment again = original.withPaymentId(
        PaymentId.of(nextId())).withDate(date.isAfter(AS_OF) ? AS_OF : date);
    add(again, Situation.DUPLICATE_PAYMENT, List.of(List.of(Row.onAccount(customer.id,
        original.amount()))), Optional.of(customer), "second time of "
        + original.paymentId().value());
  }

  private boolean alreadyPaid() {
    Cust customer = someCustomer();
    Optional<Doc> settled = customer.docs.stream().filter(d -> initial.get(d.id) == 0
        && d.type == DocumentType.INVOICE).findAny();
    String typed;
    long amount;
    if (settled.isPresent() && random.nextBoolean()) {
      typed = printed(settled.get());
      amount = settled.get().amount;
    } else {
      String series = series();
      typed = documentId(series, 2026, settledNumber(series));
      amount = amount();
      if (!literalDocs(typed).isEmpty()) {
        return false;
      }
    }
    if (Readings.countSets(openValues(customer, customer.currency), amount) != 0
        || !fitsNear(typed, amount, customer.currency, Optional.empty()).isEmpty()) {
      return false;
    }
    IncomingPayment.Builder payment = payment(customer.currency, amount, typed, today());
    payer(payment, customer, knownPayer());
    add(payment.build(), Situation.ALREADY_PAID, List.of(List.of(Row.onAccount(customer.id,
        Monies.ofMinor(customer.currency, amount)))), Optional.of(customer),
        "names " + typed + ", already paid or unknown");
    return true;
  }

  private boolean amountOnly(boolean twoSets) {
    Cust customer = someCustomer();
    List<Doc> chosen;
    if (twoSets) {
      chosen = twinOf(customer);
    } else {
      chosen = freshOf(customer, random.nextInt(10) < 6 ? 1 : 2, d -> true);
    }
    if (chosen.isEmpty()) {
      return false;
    }
    long sum = chosen.stream().mapToLong(d -> d.open).sum();
    return amountOnlyPayment(customer, chosen, sum, pick(THANKS), knownPayer(), null);
  }

  /** Fresh documents of the customer whose open amount another set of open items also makes. */
  private List<Doc> twinOf(Cust customer) {
    List<Doc> open = customer.docs.stream().filter(d -> d.open > 0
        && d.currency().equals(customer.currency)).toList();
    for (Doc doc : open) {
      if (!doc.fresh()) {
        continue;
      }
      boolean twin = false;
      for (Doc a : open) {
        for (Doc b : open) {
          twin |= a != doc && (a.open == doc.open || b != doc && b != a
              && a.open + b.open == doc.open);
        }
      }
      if (twin && Readings.countSets(openValues(customer, customer.currency), doc.open) >= 2) {
        return List.of(doc);
      }
    }
    return List.of();
  }

  /**
   * An amount-only payment (the remittance names nothing): the truth is the one set of the
   * customer's open items that sums to the amount, or an abstention when two do or the payer is
   * not identified. {@code situation} null labels it by what the controller concludes.
   */
  private boolean amountOnlyPayment(Cust customer, List<Doc> chosen, long sum, String text,
      Payer how, Situation situation) {
    int sets = Readings.countSets(openValues(customer, customer.currency), sum);
    IncomingPayment.Builder payment = payment(customer.currency, sum, text, today());
    boolean identified = payer(payment, customer, how);
    Situation label = situation != null ? situation : sets == 1
        ? Situation.AMOUNT_ONLY_ONE_SET : Situation.AMOUNT_ONLY_TWO_SETS;
    List<Row> rows = new ArrayList<>();
    if (sets == 1 && identified) {
      chosen.forEach(d -> rows.add(allocated(d, d.open)));
    } else {
      rows.add(leftOver(identified, customer, customer.currency, sum));
    }
    add(payment.build(), label, List.of(rows), Optional.of(customer), "amount only, "
        + sets + (sets >= 2 ? "+" : "") + " set(s) fit, meant " + chosen.stream()
        .map(d -> d.id).toList() + (identified ? "" : ", payer not identified"));
    if (sets == 1 && identified) {
      chosen.forEach(d -> setOpen(d, 0));
    }
    return true;
  }

  private boolean notAReference() {
    Cust customer = someCustomer();
    List<Doc> chosen = freshOf(customer, 1, d -> true);
    if (chosen.isEmpty()) {
      return false;
    }
    Doc doc = chosen.get(0);
    // A number of another open document of the customer, shown as something else.
    Optional<Doc> other = customer.docs.stream().filter(d -> d != doc && d.open > 0
        && d.open != doc.open).findAny();
    String lastDigits = other.map(d -> d.last).orElse(doc.last.substring(1));
    List<String> noise = new ArrayList<>();
    noise.add(pick(new String[] {"Kd-Nr. ", "Kundennr. ", "Customer no ", "Debitor "})
        + customer.id);
    noise.add(pick(new String[] {"vom ", "Datum ", "dated "}) + pick(new String[] {
        "03.11.2026", "2026-10-28", "28/10/2026", "12.10.26"}));
    noise.add(String.format(Locale.ROOT, "%05d", Integer.parseInt(lastDigits) % 100_000) + " "
        + pick(new String[] {"Leipzig", "Dresden", "Bonn", "Kiel"}));
    noise.add("Tel. 0341 " + lastDigits + " " + (10 + random.nextInt(89)));
    noise.add("Betrag " + String.format(Locale.GERMANY, "%,.2f", doc.open / 100.0) + " "
        + doc.currency().getCode());
    noise.add("EREF+2026110" + random.nextInt(10) + "-" + lastDigits);
    Collections.shuffle(noise, random);
    List<String> used = noise.subList(0, 2 + random.nextInt(3));
    for (String text : used) {
      if (!fitsNear(text, doc.open, doc.currency(), Optional.of(customer)).stream()
          .allMatch(d -> d == doc)) {
        return false;
      }
      for (String token : text.split(" ")) {
        if (!fitsNear(token, doc.open, doc.currency(), Optional.empty()).stream()
            .allMatch(d -> d == doc)) {
          return false;
        }
      }
    }
    boolean withReference = random.nextBoolean();
    String noiseText = String.join(" ", used);
    if (!withReference) {
      return amountOnlyPayment(customer, chosen, doc.open, noiseText, knownPayer(),
          Situation.NOT_A_REFERENCE);
    }
    String typed = printed(doc);
    if (!literalOnly(typed, doc)) {
      return false;
    }
    String text = random.nextBoolean() ? typed + " " + noiseText : noiseText + " " + typed;
    IncomingPayment.Builder payment = payment(doc.currency(), doc.open, text, today());
    payer(payment, customer, anyPayer());
    add(payment.build(), Situation.NOT_A_REFERENCE, List.of(List.of(allocated(doc, doc.open))),
        Optional.of(customer), doc.id + " among numbers that are not references");
    setOpen(doc, 0);
    return true;
  }

  private boolean purchaseOrder() {
    Doc doc = freshDoc(d -> d.reference != null && !d.reference.startsWith("RF"));
    if (doc == null) {
      return false;
    }
    Cust customer = doc.customer;
    List<Doc> order = customer.docs.stream().filter(d -> doc.reference.equals(d.reference)
        && d.open > 0).toList();
    if (order.stream().anyMatch(d -> !d.fresh())) {
      return false;
    }
    boolean all = order.size() > 1 && random.nextInt(3) == 0;
    List<Doc> chosen = all ? order : List.of(doc);
    long sum = chosen.stream().mapToLong(d -> d.open).sum();
    String typed = pick(new String[] {"PO ", "Bestellung ", "Order ", "Your order ", "Auftrag "})
        + (random.nextBoolean() ? doc.reference : doc.reference.replace("PO-", ""));
    for (Doc other : byOpen.getOrDefault(sum, List.of())) {
      if (!order.contains(other) && (Readings.near(typed, other.id) || other.reference != null
          && Readings.near(typed, other.reference))) {
        return false;
      }
    }
    int sets = Readings.countSets(order.stream().mapToLong(d -> d.open).toArray(), sum);
    IncomingPayment.Builder payment = payment(customer.currency, sum, typed, today());
    payer(payment, customer, knownPayer());
    List<Row> rows = new ArrayList<>();
    if (sets == 1) {
      chosen.forEach(d -> rows.add(allocated(d, d.open)));
    } else {
      rows.add(Row.onAccount(customer.id, Monies.ofMinor(customer.currency, sum)));
    }
    add(payment.build(), Situation.PO_REFERENCE, List.of(rows), Optional.of(customer),
        "PO " + doc.reference + " on " + order.size() + " documents, " + sets
            + (sets >= 2 ? "+" : "") + " set(s) fit");
    if (sets == 1) {
      chosen.forEach(d -> setOpen(d, 0));
    }
    return true;
  }

  private boolean creditorReference() {
    Doc doc = freshDoc(d -> d.reference != null && d.reference.startsWith("RF"));
    if (doc == null) {
      return false;
    }
    String compact = doc.reference.replace(" ", "");
    String typed = switch (random.nextInt(6)) {
      case 0 -> doc.reference;
      case 1 -> compact;
      case 2 -> compact.toLowerCase(Locale.ROOT);
      case 3 -> compact.substring(0, 6) + " " + compact.substring(6);
      case 4 -> slipped(doc.reference);
      default -> "Ref. " + doc.reference;
    };
    if (!literalDocs(typed).isEmpty() && !literalOnly(typed, doc)
        || !fitsNear(typed, doc.open, doc.currency(), Optional.empty()).equals(Set.of(doc))) {
      return false;
    }
    IncomingPayment.Builder payment = payment(doc.currency(), doc.open, typed, today());
    payer(payment, doc.customer, anyPayer());
    add(payment.build(), Situation.RF_REFERENCE, List.of(List.of(allocated(doc, doc.open))),
        Optional.of(doc.customer), "quoted '" + typed + "' for " + doc.reference + " on "
            + doc.id);
    setOpen(doc, 0);
    return true;
  }

  private boolean creditNote() {
    Cust customer = someCustomer();
    Optional<Doc> note = customer.docs.stream().filter(d -> d.type == DocumentType.CREDIT_NOTE
        && d.open < 0 && !d.touched).findAny();
    if (note.isEmpty()) {
      return false;
    }
    long credit = -note.get().open;
    List<Doc> chosen = freshOf(customer, random.nextInt(4) == 0 ? 2 : 1,
        d -> d.open > credit && (d.discountPercent == null || today().isAfter(d.discountDate)));
    if (chosen.isEmpty()) {
      return false;
    }
    long paid = chosen.stream().mapToLong(d -> d.open).sum() - credit;
    List<String> typed = new ArrayList<>(chosen.stream().map(d -> d.id).toList());
    String text = String.join(", ", typed) + pick(new String[] {" abzgl. Gutschrift ",
        " less credit note ", " ./. ", " minus "}) + note.get().id;
    for (String t : typed) {
      if (!namesOnly(t, byId.get(t), paid, 0)) {
        return false;
      }
    }
    List<List<Row>> alternatives = new ArrayList<>();
    for (Doc taker : chosen) {
      List<Row> rows = new ArrayList<>();
      for (Doc doc : chosen) {
        rows.add(allocated(doc, doc == taker ? doc.open - credit : doc.open));
      }
      alternatives.add(rows);
    }
    IncomingPayment.Builder payment = payment(customer.currency, paid, text, today());
    payer(payment, customer, anyPayer());
    add(payment.build(), Situation.CREDIT_NOTE_NETTED, alternatives, Optional.of(customer),
        typed + " netted with " + note.get().id);
    chosen.forEach(d -> setOpen(d, 0));
    setOpen(note.get(), 0);
    return true;
  }

  private boolean shortNumber() {
    Cust customer = someCustomer();
    Doc late = null;
    Doc early = null;
    for (Doc a : customer.docs) {
      for (Doc b : customer.docs) {
        if (a != b && a.fresh() && b.fresh() && a.last.equals(b.last)
            && a.id.contains("2026") && b.id.contains("2025")) {
          late = a;
          early = b;
        }
      }
    }
    if (late == null) {
      return false;
    }
    Doc meant = random.nextBoolean() ? late : early;
    String typed = pick(new String[] {"Rechnung ", "Re-Nr. ", "Inv ", "Invoice no. "})
        + (random.nextBoolean() ? meant.last : String.format(Locale.ROOT, "%06d",
        Integer.parseInt(meant.last)));
    Set<Doc> fits = fitsNear(typed, meant.open, customer.currency, Optional.of(customer));
    if (!fits.contains(meant)) {
      return false;
    }
    IncomingPayment.Builder payment = payment(customer.currency, meant.open, typed, today());
    payer(payment, customer, knownPayer());
    List<Row> rows = fits.size() == 1 ? List.of(allocated(meant, meant.open))
        : List.of(Row.onAccount(customer.id, money(meant, meant.open)));
    add(payment.build(), Situation.SHORT_NUMBER_TWO_YEARS, List.of(rows), Optional.of(customer),
        "'" + typed + "' fits " + late.id + " and " + early.id + "; " + fits.size()
            + " fit the amount");
    if (fits.size() == 1) {
      setOpen(meant, 0);
    }
    return true;
  }

  private boolean thirdParty() {
    Doc doc = freshDoc(d -> true);
    if (doc == null) {
      return false;
    }
    Cust customer = doc.customer;
    String typed = printed(doc);
    if (!literalOnly(typed, doc)
        || !fitsNear(typed, doc.open, doc.currency(), Optional.empty()).equals(Set.of(doc))) {
      return false;
    }
    String who;
    String name;
    String account;
    String text;
    switch (random.nextInt(3)) {
      case 0 -> {
        name = paypal.name;
        account = paypal.ibans.get(0);
        text = String.format(Locale.ROOT, "%013d PP.%04d.PP . %s, Ihr Einkauf bei Credere",
            (long) (random.nextDouble() * 1e13), random.nextInt(10_000), typed);
        who = "PayPal";
      }
      case 1 -> {
        name = factor.name;
        account = printIban(factor.ibans.get(0));
        text = "Abrechnung " + (100 + random.nextInt(900)) + " Debitor "
            + bankName(customer.name, false) + " " + typed;
        who = "factoring company";
      }
      default -> {
        Optional<Cust> parent = customers.stream().filter(c -> c.family == customer.family
            && c.name.endsWith("Holding AG") && c != customer).findAny();
        String stem = customer.name.split(" ")[0];
        if (parent.isPresent()) {
          name = bankName(parent.get().name, false);
          account = printIban(parent.get().ibans.get(0));
          who = "parent " + parent.get().id + " (a customer itself)";
        } else {
          name = stem.toUpperCase(Locale.ROOT) + " HOLDING AG";
          account = printIban(newIban());
          who = "parent (no customer)";
        }
        text = "fuer " + customer.name + " " + typed;
      }
    }
    IncomingPayment.Builder payment = payment(doc.currency(), doc.open, text, today())
        .payerName(name).payerAccount(account);
    add(payment.build(), Situation.THIRD_PARTY_PAYER, List.of(List.of(
        allocated(doc, doc.open))), Optional.of(customer), who + " pays " + doc.id);
    setOpen(doc, 0);
    return true;
  }

  private boolean namesake() {
    Cust customer = someCustomer();
    long relatives = customers.stream().filter(c -> c.family == customer.family).count();
    if (relatives < 2) {
      return false;
    }
    List<Doc> chosen = freshOf(customer, 1, d -> true);
    if (chosen.isEmpty()) {
      return false;
    }
    Doc doc = chosen.get(0);
    boolean withReference = random.nextInt(10) < 6;
    boolean dropForm = random.nextBoolean();
    String name = bankName(customer.name, dropForm);
    List<Cust> could = namesFor(name);
    if (!could.contains(customer)) {
      return false;
    }
    boolean identified = could.size() == 1;
    IncomingPayment.Builder payment;
    if (withReference) {
      String typed = printed(doc);
      if (!literalOnly(typed, doc)
          || !fitsNear(typed, doc.open, doc.currency(), Optional.empty()).equals(Set.of(doc))) {
        return false;
      }
      payment = payment(doc.currency(), doc.open, typed, today());
      payment.payerName(name);
      add(payment.build(), Situation.NEAR_NAMESAKE, List.of(List.of(allocated(doc, doc.open))),
          Optional.of(customer), "'" + name + "' could be " + could.size()
              + " customers; " + doc.id + " named");
      setOpen(doc, 0);
      return true;
    }
    int sets = Readings.countSets(openValues(customer, customer.currency), doc.open);
    payment = payment(doc.currency(), doc.open, pick(THANKS), today());
    payment.payerName(name);
    List<Row> rows;
    if (identified && sets == 1) {
      rows = List.of(allocated(doc, doc.open));
      setOpen(doc, 0);
    } else {
      rows = List.of(leftOver(identified, customer, doc.currency(), doc.open));
    }
    add(payment.build(), Situation.NEAR_NAMESAKE, List.of(rows), Optional.of(customer),
        "'" + name + "' could be " + could.stream().map(c -> c.id).toList()
            + ", amount only, " + sets + " set(s) fit");
    return true;
  }

  private boolean unknown() {
    long amount;
    Optional<Cust> real = Optional.empty();
    String note;
    if (random.nextBoolean()) {
      Doc doc = freshDoc(d -> true);
      if (doc == null) {
        return false;
      }
      amount = doc.open;
      real = random.nextBoolean() ? Optional.of(doc.customer) : Optional.empty();
      note = "amount equals open " + doc.id;
      if (doc.currency() != CurrencyUnit.EUR) {
        return false;
      }
    } else {
      amount = amount();
      note = "amount fits nothing in particular";
    }
    String text = pick(new String[] {"SEE ATTACHED", "Zahlung", "Rechnung", "Order "
        + (10000 + random.nextInt(90000)), "", "Miete November", "Payment ref "
        + (100000 + random.nextInt(900000))});
    for (String token : text.split(" ")) {
      if (!fitsNear(token, amount, CurrencyUnit.EUR, Optional.empty()).isEmpty()) {
        return false;
      }
    }
    IncomingPayment.Builder payment = payment(CurrencyUnit.EUR, amount, text, today())
        .payerName(pick(STRANGERS)).payerAccount(printIban(pick(strangerAccounts
        .toArray(new String[0]))));
    add(payment.build(), Situation.UNKNOWN_PAYER, List.of(List.of(
        Row.unapplied(Monies.ofMinor(CurrencyUnit.EUR, amount)))), real, note);
    return true;
  }

  private boolean currencyMismatch() {
    Doc doc = freshDoc(d -> !d.currency().equals(CurrencyUnit.EUR));
    if (doc == null) {
      return false;
    }
    Cust customer = doc.customer;
    String typed = printed(doc);
    IncomingPayment.Builder payment = payment(CurrencyUnit.EUR, doc.open, typed, today());
    payment.customerId(CustomerId.of(customer.id));
    add(payment.build(), Situation.CURRENCY_MISMATCH, List.of(List.of(Row.onAccount(
        customer.id, Monies.ofMinor(CurrencyUnit.EUR, doc.open)))), Optional.of(customer),
        doc.id + " is in " + doc.currency() + ", the cash in EUR");
    return true;
  }

  // ---------------------------------------------------------------- output

  private BankMonth month(String name) {
    List<OpenItem> ledger = new ArrayList<>();
    for (Doc doc : docs) {
      OpenItem.Builder item = OpenItem.builder().customerId(CustomerId.of(doc.customer.id))
          .documentId(DocumentId.of(doc.id)).documentType(doc.type).documentDate(doc.date)
          .dueDate(doc.date.plusDays(30)).amount(money(doc, doc.amount))
          .openAmount(money(doc, initialOpen(doc)));
      if (doc.reference != null) {
        item.reference(doc.reference);
      }
      if (doc.discountPercent != null) {
        item.discount(EarlyPaymentDiscount.of(doc.discountDate, doc.discountPercent));
      }
      ledger.add(item.build());
    }
    List<Customer> accounts = new ArrayList<>();
    for (Cust customer : customers) {
      accounts.add(Customer.builder().customerId(CustomerId.of(customer.id)).name(customer.name)
          .currency(customer.currency).addAllBankAccounts(customer.ibans).build());
    }
    return new BankMonth(name, AS_OF, ledger, accounts, payments, truths);
  }

  private final Map<String, Long> initial = new HashMap<>();
  private final Map<String, List<Doc>> keyIndex = new HashMap<>();
  private final Map<String, List<Doc>> coreIndex = new HashMap<>();

  private long initialOpen(Doc doc) {
    return initial.getOrDefault(doc.id, doc.open);
  }

  private <T> T pick(T[] options) {
    return options[random.nextInt(options.length)];
  }

  private long pick(long[] options) {
    return options[random.nextInt(options.length)];
  }
}
