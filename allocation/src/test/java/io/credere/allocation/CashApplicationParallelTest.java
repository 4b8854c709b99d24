package io.credere.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import io.credere.core.customer.Customer;
import io.credere.core.id.CustomerId;
import io.credere.core.item.OpenItem;
import io.credere.core.testing.PropertyTesting;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/**
 * A run that works on payments in parallel batches gives exactly what one payment after another
 * gives. The cases are made to collide: many payments (more than two batches) on a small ledger
 * of few customers, so that payments of one batch pay, short-pay and name the same documents.
 */
class CashApplicationParallelTest {

  private static final int MANY = 2 * CashApplication.BATCH;

  @Test
  void a_parallel_run_is_the_one_after_another_run_line_for_line() {
    PropertyTesting.theory(20).forAll(
            PaymentGenerators.cases(400, 12, MANY, MANY + 700),
            PaymentGenerators.policies(), Generate.booleans())
        .checkAssert((c, policy, withCustomers) -> {
          List<Customer> customers = withCustomers ? customersOf(c.ledger()) : List.of();
          AllocationRun parallel = CashApplication.builder().policy(policy).build()
              .apply(c.ledger(), customers, c.payments());
          AllocationRun serial = CashApplication.builder().policy(policy).parallel(false)
              .build().apply(c.ledger(), customers, c.payments());
          assertThat(parallel.results()).isEqualTo(serial.results());
          assertThat(parallel.changes()).isEqualTo(serial.changes());
          assertThat(parallel.ledgerAfter()).isEqualTo(serial.ledgerAfter());
        });
  }

  @Test
  void a_parallel_run_on_a_larger_ledger_keeps_most_work_and_changes_nothing() {
    PropertyTesting.theory(5).forAll(PaymentGenerators.cases(3000, 400, MANY, MANY + 300))
        .checkAssert(CashApplicationParallelTest::sameBothWays);
  }

  @Test
  void payments_that_meet_on_one_document_are_decided_in_input_order() {
    // every payment is of one customer with a few documents: most work of a batch is redone
    PropertyTesting.theory(5).forAll(PaymentGenerators.cases(6, 1, MANY, MANY))
        .checkAssert(CashApplicationParallelTest::sameBothWays);
  }

  @Test
  void a_host_rule_runs_on_the_callers_thread_only() {
    Set<Thread> threads = ConcurrentHashMap.newKeySet();
    AllocationRule host = new AllocationRule() {
      @Override
      public String id() {
        return "HOST_COUNTER";
      }

      @Override
      public void apply(AllocationWork work) {
        threads.add(Thread.currentThread());
      }
    };
    PropertyTesting.theory(2).forAll(PaymentGenerators.cases(200, 8, MANY, MANY))
        .checkAssert(c -> CashApplication.builder().add(host).build()
            .apply(c.ledger(), List.of(), c.payments()));
    assertThat(threads).containsExactly(Thread.currentThread());
  }

  @Test
  void cash_left_over_gets_an_item_id_no_document_or_earlier_payment_has_in_either_run() {
    // payment ids that are document ids, and that are what the prefix makes of each other
    java.time.LocalDate day = java.time.LocalDate.of(2026, 11, 30);
    OpenItem invoice = OpenItem.builder().customerId(CustomerId.of("C-1"))
        .documentId(io.credere.core.id.DocumentId.of("X-1"))
        .documentType(io.credere.core.item.DocumentType.INVOICE).documentDate(day).dueDate(day)
        .amount(org.joda.money.Money.parse("EUR 10.00"))
        .openAmount(org.joda.money.Money.parse("EUR 10.00")).build();
    List<IncomingPayment> payments = new ArrayList<>();
    for (int n = 0; n < MANY; n++) {
      String id = n == 0 ? "X-1" : n == 1 ? "PAY-X-1" : n == 2 ? "PAY-PAY-X-1" : "P-" + n;
      payments.add(IncomingPayment.builder().paymentId(io.credere.core.id.PaymentId.of(id))
          .date(day).amount(org.joda.money.Money.parse("EUR 3.00")).remittance("nothing")
          .build());
    }
    for (boolean parallel : new boolean[] {true, false}) {
      AllocationRun run = CashApplication.builder().parallel(parallel).build()
          .apply(List.of(invoice), List.of(), payments);
      List<String> created = run.results().stream()
          .map(r -> r.unappliedItem().orElseThrow().documentId().value()).toList();
      assertThat(created.subList(0, 3))
          .containsExactly("PAY-X-1", "PAY-PAY-X-1", "PAY-PAY-PAY-X-1");
      assertThat(new java.util.HashSet<>(created)).hasSize(MANY).doesNotContain("X-1");
    }
  }

  @Test
  void a_payment_counting_a_large_customers_open_items_sees_the_earlier_payments_of_its_batch() {
    // one customer with more open invoices than the amount search looks at: a payment without a
    // reference counts them ("too many open items (N)") while the payment before it, in the same
    // batch, closes one by its reference; the count read as a whole must be taken again
    java.time.LocalDate day = java.time.LocalDate.of(2026, 11, 30);
    CustomerId customer = CustomerId.of("C-1");
    List<OpenItem> ledger = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      org.joda.money.Money amount = org.joda.money.Money.parse("EUR " + (100 + i) + ".00");
      ledger.add(OpenItem.builder().customerId(customer)
          .documentId(io.credere.core.id.DocumentId.of("INV-" + (1000 + i)))
          .documentType(io.credere.core.item.DocumentType.INVOICE).documentDate(day)
          .dueDate(day.minusDays(i)).amount(amount).openAmount(amount).build());
    }
    List<IncomingPayment> payments = new ArrayList<>();
    for (int n = 0; n < MANY; n++) {
      int invoice = (n / 2) % 60;
      IncomingPayment.Builder payment = IncomingPayment.builder()
          .paymentId(io.credere.core.id.PaymentId.of("P-" + n)).date(day).customerId(customer);
      if (n % 2 == 0) {
        payment.amount(org.joda.money.Money.parse("EUR " + (100 + invoice) + ".00"))
            .remittance("INV-" + (1000 + invoice));
      } else {
        payment.amount(org.joda.money.Money.parse("EUR 1.00")).remittance("payment");
      }
      payments.add(payment.build());
    }
    AllocationRun parallel = CashApplication.standard().apply(ledger, List.of(), payments);
    AllocationRun serial = CashApplication.builder().parallel(false).build()
        .apply(ledger, List.of(), payments);
    assertThat(parallel.results()).isEqualTo(serial.results());
    assertThat(serial.lines()).anySatisfy(line -> assertThat(line.explanation().sentence())
        .contains("too many open items (59)"));
    assertThat(serial.lines()).anySatisfy(line -> assertThat(line.explanation().sentence())
        .contains("too many open items (41)"));
  }

  private static void sameBothWays(PaymentGenerators.Case c) {
    AllocationRun parallel = CashApplication.standard().apply(c.ledger(), List.of(),
        c.payments());
    AllocationRun serial = CashApplication.builder().parallel(false).build()
        .apply(c.ledger(), List.of(), c.payments());
    assertThat(parallel.results()).isEqualTo(serial.results());
    assertThat(parallel.changes()).isEqualTo(serial.changes());
  }

  static List<Customer> customersOf(List<OpenItem> ledger) {
    Map<CustomerId, Customer> customers = new LinkedHashMap<>();
    for (OpenItem item : ledger) {
      customers.computeIfAbsent(item.customerId(), id -> Customer.builder().customerId(id)
          .name("Customer " + id.value() + " Ltd").currency(item.currency())
          .addBankAccounts("DE89 3704 0044 0532 0130 " + (10 + Math.abs(id.hashCode() % 80)))
          .build());
    }
    return new ArrayList<>(customers.values());
  }
}
