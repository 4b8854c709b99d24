package io.credere.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import io.credere.core.id.CustomerId;
import io.credere.core.id.DocumentId;
import io.credere.core.id.PaymentId;
import io.credere.core.item.DocumentType;
import io.credere.core.item.EarlyPaymentDiscount;
import io.credere.core.item.OpenItem;
import io.credere.core.testing.PropertyTesting;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/**
 * A discount, bank charges and a write-off on one document: whatever the amounts, the lines
 * conserve money (cash lines sum to the payment, what reduces the document never exceeds its
 * open amount and settles it exactly when the difference is explained), a write-off never
 * exceeds the tolerance, and the order on the document is cash, discount, charges, write-off.
 */
class DiscountChargesProperties {

  private static final LocalDate DAY = LocalDate.of(2026, 11, 20);

  @Test
  void discount_charges_and_write_off_conserve_money_and_keep_their_order() {
    PropertyTesting.theory().forAll(Generate.longRange(10_000, 10_000_000),
        Generate.range(1, 3), Generate.longRange(0, 1_500), Generate.longRange(0, 600)
            .zip(Generate.longRange(0, 1_000), (c, t) -> new long[] {c, t}))
        .checkAssert((minor, percent, fee, chargesAndTolerance) -> {
          long charges = chargesAndTolerance[0];
          long toleranceMinor = chargesAndTolerance[1];
          CurrencyUnit eur = CurrencyUnit.EUR;
          Money amount = Money.ofMinor(eur, minor);
          OpenItem invoice = OpenItem.builder().customerId(CustomerId.of("C-1"))
              .documentId(DocumentId.of("INV-1")).documentType(DocumentType.INVOICE)
              .documentDate(DAY.minusDays(5)).dueDate(DAY.plusDays(25)).amount(amount)
              .openAmount(amount).discount(EarlyPaymentDiscount.of(DAY.plusDays(5),
                  BigDecimal.valueOf(percent))).build();
          long discount = invoice.discount().get().amountOf(amount).getAmountMinorLong();
          long paid = Math.max(1, minor - discount - fee - charges);
          IncomingPayment.Builder payment = IncomingPayment.builder()
              .paymentId(PaymentId.of("P-1")).date(DAY).amount(Money.ofMinor(eur, paid))
              .customerId(CustomerId.of("C-1")).remittance("INV-1");
          if (charges > 0) {
            payment.charges(Money.ofMinor(eur, charges));
          }
          Tolerance tolerance = Tolerance.of(Money.ofMinor(eur, toleranceMinor), BigDecimal.ONE);
          AllocationRun run = CashApplication.builder().policy(AllocationPolicy.builder()
              .tolerance(tolerance).build()).build()
              .apply(List.of(invoice), List.of(), List.of(payment.build()));
          AllocationResult result = run.results().get(0);
          long cash = 0;
          long reduced = 0;
          int lastOrder = -1;
          for (Allocation line : result.lines()) {
            if (line.kind().isCash()) {
              cash += line.amount().getAmountMinorLong();
            }
            if (line.kind().reducesDocument()) {
              reduced += line.amount().getAmountMinorLong();
              int order = List.of(AllocationKind.ALLOCATED, AllocationKind.DISCOUNT,
                  AllocationKind.BANK_CHARGES, AllocationKind.WRITE_OFF).indexOf(line.kind());
              assertThat(order).isGreaterThanOrEqualTo(lastOrder);
              lastOrder = order;
            }
            if (line.kind() == AllocationKind.WRITE_OFF) {
              assertThat(line.amount().isGreaterThan(tolerance.limitFor(amount))).isFalse();
            }
            if (line.kind() == AllocationKind.BANK_CHARGES) {
              assertThat(line.amount().getAmountMinorLong()).isLessThanOrEqualTo(charges);
            }
          }
          assertThat(cash).isEqualTo(paid);
          assertThat(reduced).isLessThanOrEqualTo(minor);
          long open = run.ledgerAfter().get(0).openAmount().getAmountMinorLong();
          assertThat(reduced + open).isEqualTo(minor);
          long limit = tolerance.limitFor(amount).getAmountMinorLong();
          if (paid == minor - discount - fee - charges && fee <= limit && paid > 0) {
            assertThat(open).as("explained difference settles the invoice").isZero();
            assertThat(result.total(AllocationKind.DISCOUNT).getAmountMinorLong()
                + result.total(AllocationKind.WRITE_OFF).getAmountMinorLong()
                + result.total(AllocationKind.BANK_CHARGES).getAmountMinorLong())
                .isEqualTo(discount + fee + charges);
          }
          assertThat(result.total(AllocationKind.SHORT_PAYMENT).getAmountMinorLong())
              .isEqualTo(open);
        });
  }
}
