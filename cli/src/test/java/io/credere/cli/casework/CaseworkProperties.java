package io.credere.cli.casework;

import static io.credere.core.testing.PropertyTesting.theory;
import static org.assertj.core.api.Assertions.assertThat;

import io.credere.allocation.AllocationPolicy;
import io.credere.cli.io.ContactRow;
import io.credere.cli.io.DisputeRow;
import io.credere.cli.io.DisputesFile;
import io.credere.cli.io.Rejects;
import io.credere.cli.report.ReportWriter;
import io.credere.collections.dispute.ShortPaymentClaim;
import io.credere.collections.promise.AppliedPayment;
import io.credere.core.customer.Customer;
import io.credere.core.id.CustomerId;
import io.credere.core.id.DocumentId;
import io.credere.core.id.PaymentId;
import io.credere.core.item.DocumentType;
import io.credere.core.item.OpenItem;
import io.credere.core.testing.CoreGenerators;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import io.credere.workflow.CustomerPayments;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Properties of the collector's day commands, 1,000 cases each from the fixed seed. */
class CaseworkProperties {

  private static final LocalDate BASE = CoreGenerators.BASE_DATE;
  private static final CustomerId OWN = CustomerId.of("C-1");
  private static final List<CurrencyUnit> CURRENCIES = List.of(CurrencyUnit.EUR,
      CurrencyUnit.GBP, CurrencyUnit.USD, CurrencyUnit.of("JPY"));
  private static final List<String> REMITTANCES = List.of("", "INV less 10% damaged goods",
      "price difference", "short delivery", "late delivery", "=cmd|' /C calc'!A0", "thanks",
      "duplicate invoice", "Skonto 2%", "\"quoted\", with comma");

  @TempDir
  Path dir;

  /** A promise to pay of {@code customer} in {@code currency}. */
  private static Gen<ContactRow> promises(Gen<CustomerId> customers,
      Gen<CurrencyUnit> currencies) {
    return in -> {
      CustomerId customer = customers.generate(in);
      CurrencyUnit currency = currencies.generate(in);
      LocalDate date = BASE.plusDays(Generate.range(0, 20).generate(in));
      return new ContactRow(customer, date, ContactRow.Channel.PHONE,
          ContactRow.Outcome.PROMISE_TO_PAY,
          Optional.of(Money.ofMinor(currency, Generate.longRange(1, 200_000).generate(in))),
          Optional.of(date.plusDays(Generate.range(0, 10).generate(in))), List.of(),
          Optional.empty(), 0);
    };
  }

  /** Cash of one customer in one currency. */
  private static Gen<AppliedPayment> cash(CurrencyUnit currency, String prefix) {
    return in -> AppliedPayment.builder()
        .date(BASE.plusDays(Generate.range(-3, 35).generate(in)))
        .amount(Money.ofMinor(currency, Generate.longRange(1, 150_000).generate(in)))
        .paymentId(PaymentId.of(prefix + Generate.range(0, 999_999).generate(in))).build();
  }

  @Test
  void a_promise_never_depends_on_another_customers_or_currencys_cash() {
    Gen<ContactRow> own = promises(Generate.constant(OWN), Generate.constant(CurrencyUnit.EUR));
    Gen<List<ContactRow>> ownPromises = in -> {
      List<ContactRow> rows = new ArrayList<>();
      int n = Generate.range(1, 4).generate(in);
      for (int i = 0; i < n; i++) {
        rows.add(own.generate(in));
      }
      return rows;
    };
    Gen<List<ContactRow>> otherPromises = in -> {
      List<ContactRow> rows = new ArrayList<>();
      int n = Generate.range(0, 4).generate(in);
      for (int i = 0; i < n; i++) {
        ContactRow row = promises(CoreGenerators.customerIds(3),
            Generate.pick(CURRENCIES)).generate(in);
        if (!(row.customerId().equals(OWN)
            && row.promisedAmount().get().getCurrencyUnit().equals(CurrencyUnit.EUR))) {
          rows.add(row);
        }
      }
      return rows;
    };
    Gen<List<AppliedPayment>> ownCash = in -> {
      List<AppliedPayment> list = new ArrayList<>();
      int n = Generate.range(0, 5).generate(in);
      for (int i = 0; i < n; i++) {
        list.add(cash(CurrencyUnit.EUR, "P-").generate(in));
      }
      return list;
    };
    Gen<Map<CustomerId, List<AppliedPayment>>> noise = in -> {
      Map<CustomerId, List<AppliedPayment>> map = new LinkedHashMap<>();
      int n = Generate.range(0, 6).generate(in);
      for (int i = 0; i < n; i++) {
        CustomerId customer = CoreGenerators.customerIds(3).generate(in);
        CurrencyUnit currency = Generate.pick(CURRENCIES).generate(in);
        if (customer.equals(OWN) && currency.equals(CurrencyUnit.EUR)) {
          continue;
        }
        map.computeIfAbsent(customer, c -> new ArrayList<>()).add(cash(currency, "N-")
            .generate(in));
      }
      return map;
    };
    theory().forAll(ownPromises, otherPromises, ownCash, noise)
        .checkAssert((mine, others, paid, extra) -> {
          LocalDate asOf = BASE.plusDays(mine.size() * 7L);
          List<PromiseBook.Evaluated> alone = PromiseBook.evaluate(mine,
              CustomerPayments.of(Map.of(OWN, paid)), asOf, 3);
          List<ContactRow> everyone = new ArrayList<>(others);
          everyone.addAll(mine);
          Map<CustomerId, List<AppliedPayment>> allCash = new HashMap<>();
          extra.forEach((c, list) -> allCash.put(c, new ArrayList<>(list)));
          allCash.computeIfAbsent(OWN, c -> new ArrayList<>()).addAll(paid);
          List<PromiseBook.Evaluated> crowded = PromiseBook.evaluate(everyone,
              CustomerPayments.of(allCash), asOf, 3)
              .subList(others.size(), everyone.size());
          for (int i = 0; i < mine.size(); i++) {
            assertThat(crowded.get(i).promise().state()).isEqualTo(alone.get(i).promise()
                .state());
            assertThat(crowded.get(i).promise().countedPayments())
                .isEqualTo(alone.get(i).promise().countedPayments());
            assertThat(crowded.get(i).explanation()).isEqualTo(alone.get(i).explanation());
          }
          // Conservation: no payment counts twice, and what counts is the customer's own.
          Set<AppliedPayment> counted = new HashSet<>();
          long total = 0;
          for (PromiseBook.Evaluated e : crowded) {
            for (AppliedPayment a : e.promise().countedPayments()) {
              assertThat(paid).contains(a);
              total += a.amount().getAmountMinorLong();
              counted.add(a);
            }
          }
          assertThat(total).isLessThanOrEqualTo(paid.stream()
              .mapToLong(a -> a.amount().getAmountMinorLong()).sum());
        });
  }

  @Test
  void running_disputes_twice_on_the_same_input_opens_nothing_new() {
    Gen<List<ShortPaymentClaim>> shortPayments = in -> {
      List<ShortPaymentClaim> list = new ArrayList<>();
      Set<String> keys = new HashSet<>();
      boolean known = Generate.booleans().generate(in);
      int n = Generate.range(0, 8).generate(in);
      for (int i = 0; i < n; i++) {
        CustomerId customer = CustomerId.of(Generate.pick(List.of("C-1", "-C2", "=C3", "@C4",
            "C 5")).generate(in));
        DocumentId document = DocumentId.of("INV-" + Generate.range(0, 5).generate(in));
        PaymentId payment = PaymentId.of(Generate.pick(List.of("P-1", "P-2", "+P3"))
            .generate(in));
        if (!keys.add(document.value() + "/" + payment.value())) {
          continue;
        }
        CurrencyUnit currency = Generate.pick(CURRENCIES).generate(in);
        list.add(ShortPaymentClaim.builder().customerId(customer).documentId(document)
            .paymentId(payment)
            .shortAmount(Money.ofMinor(currency, Generate.longRange(1, 10_000_000).generate(in)))
            .paymentDate(known ? BASE.plusDays(Generate.range(0, 30).generate(in))
                : BASE.plusDays(40))
            .remittance(known ? Optional.of(Generate.pick(REMITTANCES).generate(in))
                .filter(r -> !r.isEmpty()) : Optional.empty())
            .build());
      }
      return list;
    };
    theory().forAll(shortPayments, Generate.booleans()).checkAssert((found, known) -> {
      List<DisputeRow> first = ContractDisputes.open(List.of(), found, known);
      String written = csv(first);
      List<DisputeRow> readBack = read(written);
      List<DisputeRow> second = ContractDisputes.open(readBack, found, known);
      assertThat(csv(second)).isEqualTo(written);
      assertThat(first).hasSize(found.size());
      assertThat(first.stream().map(DisputeRow::disputeId).distinct()).hasSize(first.size());
    });
  }

  private static String csv(List<DisputeRow> rows) {
    StringWriter out = new StringWriter();
    ReportWriter.write(List.of(DisputesCommand.report(rows)), Optional.empty(), Optional.empty(),
        out);
    return out.toString();
  }

  private List<DisputeRow> read(String text) {
    try {
      Path file = Files.writeString(Files.createTempFile(dir, "disputes", ".csv"), text);
      return DisputesFile.read(file, Rejects.failFast());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void refunds_never_touch_suspense_cash_and_offset_plus_refund_is_the_credit_used() {
    CustomerId suspense = AllocationPolicy.defaults().suspenseAccount();
    Gen<OpenItem> unidentified = CoreGenerators.openItems(suspense, CurrencyUnit.EUR, "S-");
    Gen<List<OpenItem>> withSuspense = in -> {
      List<OpenItem> all = new ArrayList<>(CoreGenerators.ledgers(30, 4).generate(in));
      int n = Generate.range(0, 4).generate(in);
      for (int i = 0; i < n; i++) {
        all.add(unidentified.generate(in).withDocumentId(DocumentId.of("S-" + i)));
      }
      return all;
    };
    Gen<List<Customer>> customers = in -> {
      Map<CustomerId, Customer> byId = new LinkedHashMap<>();
      int n = Generate.range(0, 4).generate(in);
      for (int i = 0; i < n; i++) {
        Customer c = CoreGenerators.customers(4).generate(in);
        byId.put(c.customerId(), c);
      }
      return List.copyOf(byId.values());
    };
    theory().forAll(withSuspense, customers, Generate.range(0, 2000))
        .checkAssert((ledger, known, threshold) -> {
          RefundsCommand.Thresholds thresholds = new RefundsCommand.Thresholds(
              java.math.BigDecimal.valueOf(threshold), Map.of());
          Map<String, OpenItem> byId = new HashMap<>();
          ledger.forEach(i -> byId.put(i.documentId().value(), i));
          Map<String, Money> offsetOn = new HashMap<>();
          for (RefundsCommand.Proposal each : RefundsCommand.propose(ledger, known, thresholds,
              BASE)) {
            var p = each.proposal();
            assertThat(p.customerId()).isNotEqualTo(suspense);
            Money credits = Money.zero(p.currency());
            Money debits = Money.zero(p.currency());
            for (OpenItem i : ledger) {
              if (i.customerId().equals(p.customerId()) && i.currency().equals(p.currency())) {
                if (i.openAmount().isNegative()) {
                  credits = credits.minus(i.openAmount());
                } else {
                  debits = debits.plus(i.openAmount());
                }
              }
            }
            assertThat(p.creditBalance()).isEqualTo(credits);
            assertThat(p.offsetTotal().plus(p.refundTotal())).isEqualTo(p.creditBalance());
            assertThat(p.refundTotal().isGreaterThan(p.creditBalance())).isFalse();
            assertThat(p.refundTotal().isNegative()).isFalse();
            assertThat(p.offsetTotal().isGreaterThan(debits)).isFalse();
            assertThat(each.needsApproval()).isEqualTo(p.refundTotal().isPositive()
                && (known.stream().noneMatch(c -> c.customerId().equals(p.customerId()))
                || p.refundTotal().getAmount().compareTo(java.math.BigDecimal.valueOf(threshold))
                > 0));
            for (var o : p.offsets()) {
              OpenItem invoice = byId.get(o.invoice().value());
              assertThat(invoice.documentType().isDebit()).isTrue();
              assertThat(invoice.customerId()).isEqualTo(p.customerId());
              offsetOn.merge(o.invoice().value(), o.amount(), Money::plus);
            }
            for (var r : p.refunds()) {
              assertThat(byId.get(r.credit().value()).customerId()).isNotEqualTo(suspense);
              assertThat(byId.get(r.credit().value()).documentType()).isIn(
                  DocumentType.CREDIT_NOTE, DocumentType.PAYMENT);
            }
          }
          offsetOn.forEach((id, amount) -> assertThat(amount.isGreaterThan(
              byId.get(id).openAmount())).isFalse());
        });
  }
}
