package io.credere.allocation;

import io.credere.core.id.PaymentId;
import io.credere.core.item.OpenItem;
import io.credere.core.testing.CoreGenerators;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.joda.money.Money;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Ledgers with payments against them: exact, short, over, garbled, unknown, cross-currency. */
final class PaymentGenerators {

  record Case(List<OpenItem> ledger, List<IncomingPayment> payments) {}

  private PaymentGenerators() {}

  static Gen<Case> cases() {
    return cases(30, 4, 0, 12);
  }

  /**
   * Up to {@code maxItems} items of up to {@code maxCustomers} customers, with
   * {@code minPayments} to {@code maxPayments} payments against them (many payments on a small
   * ledger: payments that meet on the same customers and documents).
   */
  static Gen<Case> cases(int maxItems, int maxCustomers, int minPayments, int maxPayments) {
    return in -> {
      List<OpenItem> ledger = CoreGenerators.ledgers(maxItems, maxCustomers).generate(in);
      int count = Generate.range(minPayments, maxPayments).generate(in);
      List<IncomingPayment> payments = new ArrayList<>();
      for (int p = 0; p < count; p++) {
        int kind = Generate.range(0, 5).generate(in);
        OpenItem target = ledger.isEmpty() ? null
            : ledger.get(Generate.range(0, ledger.size() - 1).generate(in));
        long minor;
        String remittance = "";
        if (target == null || kind == 0) {
          minor = Generate.longRange(1, 100_000).generate(in);
        } else {
          long open = Math.abs(target.openAmount().getAmountMinorLong());
          long delta = Generate.longRange(-50, 50).generate(in);
          minor = Math.max(1, kind == 1 ? open : open + delta);
          remittance = kind == 4 ? "" : (kind == 3 ? "re " + target.documentId().value()
              .toLowerCase() : target.documentId().value()) + (kind == 2 ? " D-1" : "");
        }
        var currency = target == null ? CoreGenerators.currencies().generate(in)
            : Generate.range(0, 9).generate(in) == 0 ? CoreGenerators.currencies().generate(in)
            : target.currency();
        IncomingPayment.Builder builder = IncomingPayment.builder()
            .paymentId(PaymentId.of("P-" + p))
            .date(LocalDate.of(2026, 6, 30).plusDays(Generate.range(-30, 30).generate(in)))
            .amount(Money.ofMinor(currency, minor)).remittance(remittance);
        if (target != null && Generate.booleans().generate(in)) {
          builder.customerId(target.customerId());
        }
        if (Generate.range(0, 3).generate(in) == 0) {
          builder.charges(Money.ofMinor(currency, Generate.longRange(0, 80).generate(in)));
        }
        payments.add(builder.build());
      }
      return new Case(ledger, payments);
    };
  }

  static Gen<AllocationPolicy> policies() {
    return Generate.range(0, 3).map(k -> {
      Tolerance.Builder tolerance = Tolerance.builder();
      if (k == 1 || k == 3) {
        for (String code : List.of("EUR", "USD", "GBP", "CHF", "JPY", "BHD")) {
          org.joda.money.CurrencyUnit unit = org.joda.money.CurrencyUnit.of(code);
          tolerance.putAmounts(unit, Money.ofMinor(unit, unit.getDecimalPlaces() == 0 ? 3 : 30));
        }
      }
      if (k >= 2) {
        tolerance.percent(java.math.BigDecimal.ONE);
      }
      return AllocationPolicy.builder().tolerance(tolerance.build()).build();
    });
  }
}
