package io.credere.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.credere.core.customer.Customer;
import io.credere.core.error.ValidationException;
import io.credere.core.id.CustomerId;
import io.credere.core.id.DocumentId;
import io.credere.core.id.PaymentId;
import io.credere.core.item.DocumentType;
import io.credere.core.item.EarlyPaymentDiscount;
import io.credere.core.item.OpenItem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class CashApplicationTest {

  static final LocalDate DAY = LocalDate.of(2026, 11, 20);

  static OpenItem invoice(String customer, String id, String amount) {
    return item(customer, id, DocumentType.INVOICE, Money.parse(amount));
  }

  static OpenItem item(String customer, String id, DocumentType type, Money amount) {
    return OpenItem.builder().customerId(CustomerId.of(customer)).documentId(DocumentId.of(id))
        .documentType(type).documentDate(DAY.minusDays(40)).dueDate(DAY.minusDays(10))
        .amount(amount).openAmount(amount).build();
  }

  static IncomingPayment payment(String id, String amount, String customer, String remittance) {
    return IncomingPayment.builder().paymentId(PaymentId.of(id)).date(DAY)
        .amount(Money.parse(amount)).customerId(Optional.ofNullable(customer).map(CustomerId::of))
        .remittance(remittance).build();
  }

  static AllocationRun run(List<OpenItem> ledger, IncomingPayment... payments) {
    return CashApplication.standard().apply(ledger, List.of(), List.of(payments));
  }

  @Test
  void finds_garbled_document_numbers_in_free_text() {
    List<OpenItem> ledger = List.of(invoice("C-1", "INV-2026-04784", "EUR 100.00"),
        invoice("C-1", "INV-2026-04474", "EUR 200.00"),
        invoice("C-1", "INV-2026-04953", "EUR 300.00"));
    AllocationRun result = run(ledger, payment("P-1", "EUR 100.00", null, "inv.04784"),
        payment("P-2", "EUR 200.00", null, "INV 2026 04474"),
        payment("P-3", "EUR 300.00", null, "Rechnung INV202604953"));
    assertThat(result.lines()).extracting(l -> l.documentId().get().value(), Allocation::kind)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("INV-2026-04784", AllocationKind.ALLOCATED),
            org.assertj.core.groups.Tuple.tuple("INV-2026-04474", AllocationKind.ALLOCATED),
            org.assertj.core.groups.Tuple.tuple("INV-2026-04953", AllocationKind.ALLOCATED));
  }

  @Test
  void explains_an_exact_reference_match_in_one_sentence() {
    AllocationRun result = run(List.of(invoice("C-1", "INV-7", "EUR 100.00")),
        payment("P-1", "EUR 100.00", "C-1", "RE: INV-7"));
    assertThat(result.lines().get(0).explanation().sentence())
        .isEqualTo("INV-7, open EUR 100.00, paid in full: INV-7 named in the remittance; the "
            + "amount EUR 100.00 equals what is open; payer customer id C-1 given with the "
            + "payment; against: nothing; no other reading came near.");
    assertThat(result.lines().get(0).ruleId()).isEqualTo("REFERENCE_AND_AMOUNT");
  }

  @Test
  void refuses_amount_only_match_when_two_items_fit() {
    AllocationRun result = run(List.of(invoice("C-1", "INV-1", "EUR 100.00"),
        invoice("C-1", "INV-2", "EUR 100.00")), payment("P-1", "EUR 100.00", "C-1", ""));
    assertThat(result.lines()).singleElement().satisfies(line -> {
      assertThat(line.kind()).isEqualTo(AllocationKind.ON_ACCOUNT);
      assertThat(line.explanation().sentence()).isEqualTo("EUR 100.00 left on account of C-1 "
          + "(identified by customer id C-1 given with the payment): no reference, and more "
          + "than one set of open items sums to EUR 100.00.");
    });
  }

  @Test
  void matches_a_unique_subset_by_amount() {
    AllocationRun result = run(List.of(invoice("C-1", "INV-1", "EUR 70.00"),
        invoice("C-1", "INV-2", "EUR 50.00"), invoice("C-1", "INV-3", "EUR 30.00")),
        payment("P-1", "EUR 80.00", "C-1", "thanks"));
    assertThat(result.lines()).extracting(l -> l.documentId().get().value())
        .containsExactlyInAnyOrder("INV-2", "INV-3");
    assertThat(result.lines().get(0).ruleId()).isEqualTo("AMOUNT_ONLY");
  }

  @Test
  void never_allocates_across_currencies() {
    AllocationRun result = run(List.of(invoice("C-1", "INV-1", "EUR 100.00")),
        payment("P-1", "USD 100.00", "C-1", "INV-1"));
    assertThat(result.lines()).extracting(Allocation::kind)
        .containsExactly(AllocationKind.ON_ACCOUNT);
  }

  @Test
  void refuses_a_duplicate_payment_id() {
    assertThatThrownBy(() -> run(List.of(), payment("P-1", "EUR 1.00", null, ""),
        payment("P-1", "EUR 2.00", null, ""))).isInstanceOf(ValidationException.class)
        .hasMessageContaining("P-1");
  }

  @Test
  void odoo_residual_after_fx_rounding_is_written_off_within_tolerance() {
    CashApplication application = CashApplication.builder().policy(AllocationPolicy.builder()
        .tolerance(Tolerance.ofAmounts(List.of(Money.parse("EUR 0.05")))).build())
        .build();
    AllocationRun result = application.apply(List.of(invoice("C-1", "INV-9", "EUR 1234.57")),
        List.of(), List.of(payment("P-1", "EUR 1234.56", "C-1", "INV-9")));
    assertThat(result.lines()).extracting(Allocation::kind, l -> l.amount().toString())
        .containsExactly(org.assertj.core.groups.Tuple.tuple(AllocationKind.ALLOCATED, "EUR 1234.56"),
            org.assertj.core.groups.Tuple.tuple(AllocationKind.WRITE_OFF, "EUR 0.01"));
    assertThat(result.ledgerAfter().get(0).isSettled()).isTrue();
  }

  @Test
  void erpnext_small_difference_without_tolerance_is_a_short_payment() {
    AllocationRun result = run(List.of(invoice("C-1", "INV-9", "EUR 100.00")),
        payment("P-1", "EUR 99.50", "C-1", "INV-9"));
    assertThat(result.lines()).extracting(Allocation::kind, l -> l.amount().toString())
        .containsExactly(org.assertj.core.groups.Tuple.tuple(AllocationKind.ALLOCATED, "EUR 99.50"),
            org.assertj.core.groups.Tuple.tuple(AllocationKind.SHORT_PAYMENT, "EUR 0.50"));
  }

  @Test
  void partial_payment_of_one_of_several_invoices_leaves_the_others_open() {
    List<OpenItem> ledger = List.of(invoice("C-1", "INV-1", "EUR 500.00"),
        invoice("C-1", "INV-2", "EUR 300.00"), invoice("C-1", "INV-3", "EUR 200.00"));
    AllocationRun result = run(ledger, payment("P-1", "EUR 120.00", "C-1",
        "INV-2 instalment 1"));
    assertThat(result.ledgerAfter()).extracting(i -> i.openAmount().toString())
        .containsExactly("EUR 500.00", "EUR 180.00", "EUR 200.00");
    assertThat(result.lines()).extracting(Allocation::kind)
        .containsExactly(AllocationKind.ALLOCATED, AllocationKind.SHORT_PAYMENT);
  }

  @Test
  void grants_the_early_payment_discount_by_the_discount_date() {
    OpenItem discounted = invoice("C-1", "INV-5", "EUR 414.29")
        .withDiscount(EarlyPaymentDiscount.of(DAY, new BigDecimal("2")));
    AllocationRun result = run(List.of(discounted), payment("P-1", "EUR 406.00", "C-1",
        "INV-5 minus 2% skonto"));
    assertThat(result.lines()).extracting(Allocation::kind, l -> l.amount().toString())
        .containsExactly(org.assertj.core.groups.Tuple.tuple(AllocationKind.ALLOCATED, "EUR 406.00"),
            org.assertj.core.groups.Tuple.tuple(AllocationKind.DISCOUNT, "EUR 8.29"));
  }

  @Test
  void nets_a_credit_note_named_with_the_invoice() {
    List<OpenItem> ledger = List.of(invoice("C-1", "INV-1", "EUR 1000.00"),
        item("C-1", "CN-1", DocumentType.CREDIT_NOTE, Money.parse("EUR -200.00")));
    AllocationRun result = run(ledger, payment("P-1", "EUR 800.00", "C-1", "INV-1 CN-1"));
    assertThat(result.ledgerAfter()).allMatch(OpenItem::isSettled);
    assertThat(CashApplication.reverse(result.ledgerAfter(), result.results().get(0)))
        .isEqualTo(ledger);
  }

  @Test
  void refuses_to_reverse_a_payment_whose_on_account_cash_was_since_used() {
    List<OpenItem> ledger = List.of(invoice("C-1", "INV-1", "EUR 100.00"));
    AllocationRun result = run(ledger, payment("P-1", "EUR 500.00", "C-1", "prepayment"));
    OpenItem onAccount = result.results().get(0).unappliedItem().orElseThrow();
    // untouched: the reversal gives the ledger back
    assertThat(CashApplication.reverse(result.ledgerAfter(), result.results().get(0)))
        .isEqualTo(ledger);
    // the credit was refunded in part since: dropping the item would lose the refund
    List<OpenItem> refunded = result.ledgerAfter().stream()
        .map(item -> item.documentId().equals(onAccount.documentId())
            ? item.withOpenAmount(Money.parse("EUR -200.00")) : item)
        .toList();
    assertThatThrownBy(() -> CashApplication.reverse(refunded, result.results().get(0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("P-1")
        .hasMessageContaining("offset or refunded");
    // refunded whole and gone from the ledger: refused as well
    List<OpenItem> gone = result.ledgerAfter().stream()
        .filter(item -> !item.documentId().equals(onAccount.documentId())).toList();
    assertThatThrownBy(() -> CashApplication.reverse(gone, result.results().get(0)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void identifies_payer_by_bank_account_and_name_but_not_between_two_close_names() {
    List<Customer> customers = List.of(
        Customer.builder().customerId(CustomerId.of("C-1")).name("Müller Maschinenbau GmbH")
            .currency(CurrencyUnit.EUR).addBankAccounts("DE89 3704 0044").build(),
        Customer.builder().customerId(CustomerId.of("C-2")).name("Acme Trading Ltd")
            .currency(CurrencyUnit.EUR).build(),
        Customer.builder().customerId(CustomerId.of("C-3")).name("Acme Trading Limited")
            .currency(CurrencyUnit.EUR).build());
    List<OpenItem> ledger = List.of(invoice("C-1", "INV-1", "EUR 10.00"),
        invoice("C-2", "INV-2", "EUR 20.00"));
    List<IncomingPayment> payments = List.of(
        IncomingPayment.builder().paymentId(PaymentId.of("P-1")).date(DAY)
            .amount(Money.parse("EUR 10.00")).payerAccount("de8937040044").build(),
        IncomingPayment.builder().paymentId(PaymentId.of("P-2")).date(DAY)
            .amount(Money.parse("EUR 10.00")).payerName("MUELLER MASCHINENBAU").build(),
        IncomingPayment.builder().paymentId(PaymentId.of("P-3")).date(DAY)
            .amount(Money.parse("EUR 20.00")).payerName("ACME TRADING").build());
    AllocationRun result = CashApplication.standard().apply(ledger, customers, payments);
    assertThat(result.results()).extracting(r -> r.customerId().map(CustomerId::value))
        .containsExactly(Optional.of("C-1"), Optional.of("C-1"), Optional.empty());
  }

  @Test
  void uses_only_valid_creditor_references() {
    String valid = io.credere.allocation.internal.ReferenceText.creditorReference("INV42");
    assertThat(io.credere.allocation.internal.ReferenceText.isCreditorReference(valid)).isTrue();
    assertThat(io.credere.allocation.internal.ReferenceText.isCreditorReference("RF18539007547034"))
        .isTrue();
    assertThat(io.credere.allocation.internal.ReferenceText.isCreditorReference("RF19539007547034"))
        .isFalse();
    AllocationRun result = run(List.of(invoice("C-1", "INV-42", "EUR 10.00")),
        payment("P-1", "EUR 10.00", "C-1", valid), payment("P-2", "EUR 10.00", null,
            "RF00INV42"));
    assertThat(result.results().get(0).isMatched()).isTrue();
    assertThat(result.results().get(1).lines()).extracting(Allocation::kind)
        .containsExactly(AllocationKind.UNAPPLIED);
  }

  @Test
  void host_can_switch_on_fifo_and_drop_rules() {
    CashApplication fifo = CashApplication.builder().legacy().remove("AMOUNT_MATCH").fifoFallback(true)
        .build();
    assertThat(fifo.rules()).extracting(AllocationRule::id).endsWith("FIFO_OLDEST_FIRST")
        .doesNotContain("AMOUNT_MATCH");
    AllocationRun result = fifo.apply(List.of(invoice("C-1", "INV-1", "EUR 50.00"),
        invoice("C-1", "INV-2", "EUR 50.00")), List.of(),
        List.of(payment("P-1", "EUR 60.00", "C-1", "")));
    assertThat(result.lines()).extracting(Allocation::kind)
        .containsExactly(AllocationKind.ALLOCATED, AllocationKind.ON_ACCOUNT);
    assertThat(AllocationRules.of("payer_name")).isSameAs(AllocationRules.PAYER_NAME);
  }
}
