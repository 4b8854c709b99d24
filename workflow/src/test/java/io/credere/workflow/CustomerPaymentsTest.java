package io.credere.workflow;

import static io.credere.workflow.ShortPaymentDisputesTest.AS_OF;
import static io.credere.workflow.ShortPaymentDisputesTest.customer;
import static io.credere.workflow.ShortPaymentDisputesTest.invoice;
import static org.assertj.core.api.Assertions.assertThat;

import io.credere.allocation.AllocationRun;
import io.credere.allocation.CashApplication;
import io.credere.allocation.IncomingPayment;
import io.credere.collections.promise.AppliedPayment;
import io.credere.collections.promise.PromiseOutcome;
import io.credere.collections.promise.PromiseState;
import io.credere.collections.promise.PromiseToPay;
import io.credere.core.id.CustomerId;
import io.credere.core.id.DocumentId;
import io.credere.core.id.PaymentId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class CustomerPaymentsTest {

  static final LocalDate PAID = LocalDate.of(2026, 11, 18);

  static AllocationRun run() {
    // C-1 pays INV-1 in full; C-2 pays 400.00 on account; an unknown payer sends 900.00.
    return CashApplication.standard().apply(
        List.of(invoice("C-1", "INV-1", "EUR 250.00", 5), invoice("C-2", "INV-2", "EUR 900.00", 5)),
        List.of(customer("C-1", "Acme"), customer("C-2", "Beta")),
        List.of(IncomingPayment.builder().paymentId(PaymentId.of("P-1")).date(PAID)
                .amount(Money.parse("EUR 250.00")).customerId(CustomerId.of("C-1"))
                .remittance("INV-1").build(),
            IncomingPayment.builder().paymentId(PaymentId.of("P-2")).date(PAID)
                .amount(Money.parse("EUR 400.00")).customerId(CustomerId.of("C-2"))
                .remittance("thanks").build(),
            IncomingPayment.builder().paymentId(PaymentId.of("P-3")).date(PAID)
                .amount(Money.parse("EUR 900.00")).payerName("Nobody Known Ltd")
                .remittance("see letter").build()));
  }

  static PromiseToPay promise(String customer, String amount, List<DocumentId> documents) {
    return PromiseToPay.fromContact(CustomerId.of(customer), AS_OF.minusDays(10),
        Money.parse(amount), AS_OF.minusDays(5), documents, Optional.empty());
  }

  @Test
  void each_customer_gets_its_own_cash_and_unidentified_cash_belongs_to_nobody() {
    CustomerPayments payments = CustomerPayments.of(run());

    assertThat(payments.customers()).containsExactly(CustomerId.of("C-1"),
        CustomerId.of("C-2"));
    assertThat(payments.forCustomer(CustomerId.of("C-1"))).containsExactly(
        AppliedPayment.builder().date(PAID).amount(Money.parse("EUR 250.00"))
            .addDocuments(DocumentId.of("INV-1")).paymentId(PaymentId.of("P-1")).build());
    assertThat(payments.forCustomer(CustomerId.of("C-2"))).singleElement()
        .satisfies(p -> {
          assertThat(p.amount()).isEqualTo(Money.parse("EUR 400.00"));
          assertThat(p.documents()).isEmpty();
        });
    assertThat(payments.forCustomer(CustomerId.of("C-9"))).isEmpty();
  }

  @Test
  void one_customers_cash_never_counts_toward_anothers_promise() {
    // C-3 promised 400.00 on account; C-2 paid exactly that on account, C-3 paid nothing.
    CustomerPayments payments = CustomerPayments.of(run());

    PromiseOutcome c3 = payments.evaluate(promise("C-3", "EUR 400.00", List.of()), AS_OF);
    PromiseOutcome c2 = payments.evaluate(promise("C-2", "EUR 400.00", List.of()), AS_OF);

    assertThat(c3.state()).isEqualTo(PromiseState.BROKEN);
    assertThat(c3.paidAmount()).isEqualTo(Money.parse("EUR 0.00"));
    assertThat(c2.state()).isEqualTo(PromiseState.KEPT);
  }

  @Test
  void a_payment_counts_toward_one_promise_only_the_earliest_first() {
    CustomerPayments payments = CustomerPayments.of(run());
    PromiseToPay later = PromiseToPay.fromContact(CustomerId.of("C-2"), AS_OF.minusDays(8),
        Money.parse("EUR 400.00"), AS_OF.minusDays(5), List.of(), Optional.empty());
    PromiseToPay earlier = promise("C-2", "EUR 400.00", List.of());

    List<PromiseOutcome> outcomes = payments.evaluateAll(List.of(later, earlier), AS_OF);

    assertThat(outcomes.get(1).state()).isEqualTo(PromiseState.KEPT);
    assertThat(outcomes.get(0).state()).isEqualTo(PromiseState.BROKEN);
    // Evaluated one by one, both would have counted the same 400.00.
    assertThat(payments.evaluate(later, AS_OF).state()).isEqualTo(PromiseState.KEPT);
  }
}
