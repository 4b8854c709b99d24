package io.credere.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import io.credere.allocation.AllocationKind;
import io.credere.allocation.AllocationRun;
import io.credere.allocation.CashApplication;
import io.credere.allocation.IncomingPayment;
import io.credere.collections.dispute.Dispute;
import io.credere.collections.dispute.DisputeEvent;
import io.credere.collections.dispute.DisputeOwner;
import io.credere.collections.dispute.DisputeReason;
import io.credere.collections.dispute.DisputeState;
import io.credere.collections.dispute.ShortPaymentClaim;
import io.credere.core.customer.Customer;
import io.credere.core.id.CustomerId;
import io.credere.core.id.DocumentId;
import io.credere.core.id.PaymentId;
import io.credere.core.item.DocumentType;
import io.credere.core.item.OpenItem;
import java.time.LocalDate;
import java.util.List;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class ShortPaymentDisputesTest {

  static final LocalDate AS_OF = LocalDate.of(2026, 11, 20);

  static OpenItem invoice(String customer, String id, String amount, int daysOverdue) {
    Money money = Money.parse(amount);
    LocalDate due = AS_OF.minusDays(daysOverdue);
    return OpenItem.builder().customerId(CustomerId.of(customer)).documentId(DocumentId.of(id))
        .documentType(DocumentType.INVOICE).documentDate(due.minusDays(30)).dueDate(due)
        .amount(money).openAmount(money).build();
  }

  static Customer customer(String id, String name) {
    return Customer.builder().customerId(CustomerId.of(id)).name(name)
        .currency(CurrencyUnit.EUR).build();
  }

  static IncomingPayment payment(String id, String customer, String amount, String remittance,
      LocalDate date) {
    return IncomingPayment.builder().paymentId(PaymentId.of(id)).date(date)
        .amount(Money.parse(amount)).customerId(CustomerId.of(customer)).remittance(remittance)
        .build();
  }

  static AllocationRun shortPaidRun() {
    List<OpenItem> ledger = List.of(invoice("C-1", "INV-1001", "EUR 3000.00", 60),
        invoice("C-2", "INV-2001", "EUR 500.00", 10));
    return CashApplication.standard().apply(ledger,
        List.of(customer("C-1", "Acme"), customer("C-2", "Beta")),
        List.of(payment("P-1", "C-1", "EUR 2700.00", "INV-1001 less price difference",
                LocalDate.of(2026, 11, 13)),
            payment("P-2", "C-2", "EUR 500.00", "INV-2001", LocalDate.of(2026, 11, 13))));
  }

  @Test
  void a_short_payment_of_a_cash_application_run_becomes_a_routed_dispute_with_a_due_date() {
    AllocationRun run = shortPaidRun();
    List<ShortPaymentClaim> claims = ShortPayments.claims(run);

    assertThat(run.total(AllocationKind.SHORT_PAYMENT).toMap().values())
        .containsExactly(Money.parse("EUR 300.00"));
    assertThat(claims).singleElement().satisfies(claim -> {
      assertThat(claim.customerId()).isEqualTo(CustomerId.of("C-1"));
      assertThat(claim.documentId()).isEqualTo(DocumentId.of("INV-1001"));
      assertThat(claim.shortAmount()).isEqualTo(Money.parse("EUR 300.00"));
      assertThat(claim.paymentId()).contains(PaymentId.of("P-1"));
      assertThat(claim.paymentDate()).isEqualTo(LocalDate.of(2026, 11, 13));
      assertThat(claim.remittance()).contains("INV-1001 less price difference");
    });

    ShortPaymentDisputes.OpenedDisputes opened = ShortPaymentDisputes.standard()
        .open(claims, List.of());
    Dispute dispute = opened.opened().get(0);
    assertThat(dispute.disputeId()).isEqualTo("D-000001");
    assertThat(dispute.reason()).isEqualTo(DisputeReason.PRICING);
    assertThat(dispute.owner()).isEqualTo(DisputeOwner.SALES);
    // Friday 13 November 2026 + 10 business days = Friday 27 November.
    assertThat(dispute.dueDate()).isEqualTo(LocalDate.of(2026, 11, 27));
    assertThat(dispute.amount()).isEqualTo(Money.parse("EUR 300.00"));
  }

  @Test
  void running_twice_opens_nothing_new_and_keeps_ids_and_states() {
    List<ShortPaymentClaim> claims = ShortPayments.claims(shortPaidRun());
    ShortPaymentDisputes flow = ShortPaymentDisputes.standard();
    Dispute first = flow.open(claims, List.of()).opened().get(0)
        .apply(DisputeEvent.startReview(LocalDate.of(2026, 11, 16)));

    ShortPaymentDisputes.OpenedDisputes again = flow.open(claims, List.of(first));

    assertThat(again.opened()).isEmpty();
    assertThat(again.all()).containsExactly(first);
    assertThat(again.all().get(0).state()).isEqualTo(DisputeState.IN_REVIEW);
    assertThat(again.alreadyDisputed()).isEqualTo(claims);
  }

  @Test
  void new_ids_continue_the_highest_existing_one() {
    List<ShortPaymentClaim> claims = ShortPayments.claims(shortPaidRun());
    ShortPaymentClaim first = claims.get(0);
    ShortPaymentClaim other = ShortPaymentClaim.builder().customerId(first.customerId())
        .documentId(first.documentId()).shortAmount(first.shortAmount())
        .paymentDate(first.paymentDate()).paymentId(PaymentId.of("P-9")).build();
    Dispute renumbered = Dispute.open("D-000041",
        io.credere.collections.dispute.DisputeRequest.fromShortPayment(other),
        io.credere.collections.dispute.DisputePolicy.standard());

    ShortPaymentDisputes.OpenedDisputes opened = ShortPaymentDisputes.standard()
        .open(claims, List.of(renumbered));

    assertThat(opened.opened()).extracting(Dispute::disputeId).containsExactly("D-000042");
    assertThat(opened.all()).hasSize(2);
  }
}
