package io.credere.benchmarks.allocation;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * Generates realistic noisy remittance sets with the true answer: customers with open invoices
 * and payments in mixed situations (exact, garbled reference, several invoices, amount only,
 * ambiguous amount, short, bank fee, discount, over-payment, partial, payer by name or IBAN
 * only, unknown payer). Deterministic for a seed.
 */
public final class RemittanceScenarios {

  /** The situations, with their share weight. */
  public enum Situation {
    EXACT(20), GARBLED(14), MULTI(8), AMOUNT_ONLY(6), AMBIGUOUS_AMOUNT(4), SHORT(6), FEE(6),
    DISCOUNT(6), OVER(5), PARTIAL(5), NAME_ONLY(8), IBAN_ONLY(6), UNKNOWN(6);

    final int weight;

    Situation(int weight) {
      this.weight = weight;
    }
  }

  /** The truth for one payment: cash per document, and what is left (kind) if any. */
  public record Truth(Situation situation, Map<DocumentId, Money> allocated, String leftKind) {}

  /** A generated set. */
  public record Set(List<OpenItem> ledger, List<Customer> customers,
      List<IncomingPayment> payments, List<Truth> truths) {}

  static final LocalDate AS_OF = LocalDate.of(2026, 11, 20);
  private static final String[] WORDS = {"Nord", "Alpen", "Rhein", "Baltic", "Pacific", "Summit",
      "Harbor", "Meridian", "Granite", "Willow", "Falcon", "Crescent", "Orion", "Vertex", "Atlas",
      "Beacon", "Cobalt", "Delta", "Ember", "Fjord", "Glacier", "Horizon", "Ivory", "Juniper"};
  private static final String[] TRADES = {"Logistik", "Maschinenbau", "Foods", "Interiors",
      "Plastics", "Hardware", "Marine", "Optique", "Timber", "Pharma", "Builders", "Digital"};
  private static final String[] FORMS = {"GmbH", "Ltd", "S.A.", "B.V.", "Inc.", "LLC", "AG",
      "S.r.l.", "plc", "Sp. z o.o."};

  private RemittanceScenarios() {}

  /** A set of {@code customers} customers, {@code itemsPerCustomer} invoices each, and payments. */
  public static Set generate(long seed, int customers, int itemsPerCustomer, int payments) {
    Random random = new Random(seed);
    CurrencyUnit eur = CurrencyUnit.EUR;
    List<Customer> accounts = new ArrayList<>();
    List<OpenItem> ledger = new ArrayList<>();
    Map<Integer, List<OpenItem>> open = new LinkedHashMap<>();
    Map<DocumentId, Integer> positions = new java.util.HashMap<>();
    int number = 10000;
    for (int c = 0; c < customers; c++) {
      String id = String.format(Locale.ROOT, "C-%06d", c);
      String name = WORDS[c % WORDS.length] + " " + WORDS[(c / WORDS.length) % WORDS.length]
          + " " + TRADES[(c / (WORDS.length * WORDS.length)) % TRADES.length] + " " + c
          + " " + FORMS[c % FORMS.length];
      accounts.add(Customer.builder().customerId(CustomerId.of(id)).name(name).currency(eur)
          .addBankAccounts(String.format(Locale.ROOT, "DE%02d 3704 0044 %010d", c % 90 + 10, c))
          .build());
      List<OpenItem> items = new ArrayList<>();
      for (int k = 0; k < itemsPerCustomer; k++) {
        number++;
        long minor = 5_000 + random.nextInt(2_000_000);
        LocalDate date = AS_OF.minusDays(5 + random.nextInt(90));
        OpenItem.Builder item = OpenItem.builder().customerId(CustomerId.of(id))
            .documentId(DocumentId.of(String.format(Locale.ROOT, "INV-2026-%07d", number)))
            .documentType(DocumentType.INVOICE).documentDate(date).dueDate(date.plusDays(30))
            .amount(Money.ofMinor(eur, minor)).openAmount(Money.ofMinor(eur, minor));
        if (random.nextInt(4) == 0) {
          item.discount(EarlyPaymentDiscount.of(AS_OF.minusDays(random.nextInt(3)),
              new BigDecimal("2")));
        }
        OpenItem built = item.build();
        positions.put(built.documentId(), ledger.size());
        items.add(built);
        ledger.add(built);
      }
      open.put(c, items);
    }
    int total = 0;
    for (Situation s : Situation.values()) {
      total += s.weight;
    }
    List<IncomingPayment> list = new ArrayList<>();
    List<Truth> truths = new ArrayList<>();
    for (int p = 0; p < payments; p++) {
      int pick = random.nextInt(total);
      Situation situation = Situation.EXACT;
      for (Situation s : Situation.values()) {
        if (pick < s.weight) {
          situation = s;
          break;
        }
        pick -= s.weight;
      }
      int c = random.nextInt(customers);
      Customer customer = accounts.get(c);
      List<OpenItem> items = open.get(c);
      IncomingPayment.Builder payment = IncomingPayment.builder()
          .paymentId(PaymentId.of(String.format(Locale.ROOT, "P-%07d", p))).date(AS_OF);
      Map<DocumentId, Money> truth = new LinkedHashMap<>();
      String left = "";
      boolean needsItem = situation != Situation.UNKNOWN;
      if (needsItem && items.size() < (situation == Situation.MULTI ? 3 : 2)) {
        situation = Situation.UNKNOWN;
      }
      boolean withId = random.nextBoolean();
      if (withId) {
        payment.customerId(customer.customerId());
      } else {
        payment.payerAccount(customer.bankAccounts().get(0).toLowerCase(Locale.ROOT));
      }
      switch (situation) {
        case EXACT, GARBLED, FEE, SHORT, OVER, PARTIAL, DISCOUNT -> {
          OpenItem item = take(items, random, situation == Situation.DISCOUNT);
          if (item == null) {
            item = take(items, random, false);
            situation = Situation.EXACT;
          }
          long amount = item.openAmount().getAmountMinorLong();
          String reference = situation == Situation.EXACT ? item.documentId().value()
              : garble(item.documentId().value(), random);
          long paid = amount;
          Map<DocumentId, Money> cash = truth;
          switch (situation) {
            case FEE -> paid = amount - 25;
            case SHORT -> {
              paid = amount - amount / 10;
              reference += " less 10% damaged";
            }
            case OVER -> {
              paid = amount + 10_000;
              left = "ON_ACCOUNT";
            }
            case PARTIAL -> {
              paid = amount / 2;
              reference += " instalment 1 of 2";
            }
            case DISCOUNT -> {
              paid = amount - item.discount().get().amountOf(item.amount()).getAmountMinorLong();
              reference += " minus 2% skonto";
            }
            default -> { }
          }
          cash.put(item.documentId(), Money.ofMinor(eur, Math.min(paid, amount)));
          if (random.nextInt(5) == 0) {
            reference += " paid " + AS_OF.minusDays(1) + " EUR " + Money.ofMinor(eur, paid)
                .getAmount().toPlainString();
          }
          payment.amount(Money.ofMinor(eur, paid)).remittance(reference);
        }
        case MULTI -> {
          long sum = 0;
          StringBuilder text = new StringBuilder("Payment ");
          for (int k = 0; k < 3; k++) {
            OpenItem item = take(items, random, false);
            sum += item.openAmount().getAmountMinorLong();
            truth.put(item.documentId(), item.openAmount());
            text.append(garble(item.documentId().value(), random)).append(' ');
          }
          payment.amount(Money.ofMinor(eur, sum)).remittance(text.toString().strip());
        }
        case AMOUNT_ONLY -> {
          OpenItem item = take(items, random, false);
          truth.put(item.documentId(), item.openAmount());
          payment.amount(item.openAmount()).remittance(random.nextBoolean() ? "" : "Thank you");
        }
        case AMBIGUOUS_AMOUNT -> {
          OpenItem first = take(items, random, false);
          OpenItem second = take(items, random, false);
          OpenItem twin = OpenItem.builder().customerId(second.customerId())
              .documentId(second.documentId()).documentType(second.documentType())
              .documentDate(second.documentDate()).dueDate(second.dueDate())
              .amount(first.amount()).openAmount(first.openAmount()).build();
          ledger.set(positions.get(second.documentId()), twin);
          payment.amount(first.openAmount()).remittance("PAYMENT");
          left = "ON_ACCOUNT";
        }
        case NAME_ONLY -> {
          OpenItem item = take(items, random, false);
          truth.put(item.documentId(), item.openAmount());
          payment = IncomingPayment.builder().paymentId(PaymentId.of(
              String.format(Locale.ROOT, "P-%07d", p))).date(AS_OF).amount(item.openAmount())
              .payerName(truncate(customer.name().toUpperCase(Locale.ROOT).replace(".", ""),
                  random))
              .remittance(garble(item.documentId().value(), random));
        }
        case IBAN_ONLY -> {
          OpenItem item = take(items, random, false);
          truth.put(item.documentId(), item.openAmount());
          payment = IncomingPayment.builder().paymentId(PaymentId.of(
              String.format(Locale.ROOT, "P-%07d", p))).date(AS_OF).amount(item.openAmount())
              .payerAccount(customer.bankAccounts().get(0).toLowerCase(Locale.ROOT))
              .remittance("Payment " + garble(item.documentId().value(), random));
        }
        default -> {
          payment = IncomingPayment.builder().paymentId(PaymentId.of(
              String.format(Locale.ROOT, "P-%07d", p))).date(AS_OF)
              .amount(Money.ofMinor(eur, 1000 + random.nextInt(90_000)))
              .payerName("J SMITH " + random.nextInt(1000)).remittance("SEE ATTACHED");
          left = "UNAPPLIED";
        }
      }
      list.add(payment.build());
      truths.add(new Truth(situation, truth, left));
    }
    return new Set(ledger, accounts, list, truths);
  }

  private static OpenItem take(List<OpenItem> items, Random random, boolean discounted) {
    for (int attempt = 0; attempt < items.size(); attempt++) {
      int index = random.nextInt(items.size());
      OpenItem item = items.get(index);
      if (!discounted || item.discount().isPresent()) {
        items.remove(index);
        return item;
      }
    }
    return discounted ? null : items.remove(items.size() - 1);
  }

  static String truncate(String name, Random random) {
    return random.nextBoolean() || name.length() <= 24 ? name : name.substring(0, 24);
  }

  static String garble(String documentId, Random random) {
    String number = documentId.substring(documentId.lastIndexOf('-') + 1);
    return switch (random.nextInt(8)) {
      case 0 -> documentId.toLowerCase(Locale.ROOT);
      case 1 -> documentId.replace("-", " ");
      case 2 -> "INV" + number;
      case 3 -> "RE: " + documentId;
      case 4 -> "/INV/" + documentId.replace("INV-", "");
      case 5 -> "Rechnung " + documentId.replace("-", "");
      case 6 -> "inv." + number;
      default -> documentId;
    };
  }
}
