package io.credere.workflow;

import io.credere.allocation.Allocation;
import io.credere.allocation.AllocationKind;
import io.credere.allocation.AllocationResult;
import io.credere.allocation.AllocationRun;
import io.credere.collections.promise.AppliedPayment;
import io.credere.collections.promise.PromiseOutcome;
import io.credere.collections.promise.PromiseState;
import io.credere.collections.promise.PromiseToPay;
import io.credere.core.Checks;
import io.credere.core.id.CustomerId;
import io.credere.core.id.DocumentId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Allocation result to applied payments, per customer, for evaluating promises to pay (and
 * payment plans and collection cases): each payment attributed to a customer becomes one
 * {@link AppliedPayment} of that customer, its amount the cash the customer paid (applied to
 * documents plus left on account), its documents those the cash went to. Cash whose payer was
 * not identified ({@code UNAPPLIED}) belongs to nobody and counts for no promise.
 *
 * <p>One customer's cash never counts toward another's promise: {@link #evaluate} hands a
 * promise only its own customer's payments, and {@link #evaluateAll} counts each payment toward
 * one promise only, the earliest open one of its customer first.
 *
 * <pre>{@code
 * CustomerPayments paid = CustomerPayments.of(run);
 * List<PromiseOutcome> outcomes = paid.evaluateAll(openPromises, asOf);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class CustomerPayments {

  private final Map<CustomerId, List<AppliedPayment>> byCustomer;

  private CustomerPayments(Map<CustomerId, List<AppliedPayment>> byCustomer) {
    this.byCustomer = byCustomer;
  }

  /** The applied payments of {@code run}. */
  public static CustomerPayments of(AllocationRun run) {
    return of(Checks.notNull(run, "run").results());
  }

  /** The applied payments of {@code results}, in order. */
  public static CustomerPayments of(Collection<AllocationResult> results) {
    Checks.notNull(results, "results");
    Map<CustomerId, List<AppliedPayment>> byCustomer = new LinkedHashMap<>();
    for (AllocationResult result : results) {
      if (result.customerId().isEmpty()) {
        continue;
      }
      long cash = 0;
      Set<DocumentId> documents = new LinkedHashSet<>();
      for (Allocation line : result.lines()) {
        if (line.kind() == AllocationKind.ALLOCATED) {
          documents.add(line.documentId().orElseThrow());
          cash = Math.addExact(cash, line.amount().getAmountMinorLong());
        } else if (line.kind() == AllocationKind.ON_ACCOUNT) {
          cash = Math.addExact(cash, line.amount().getAmountMinorLong());
        }
      }
      if (cash <= 0) {
        continue;
      }
      AppliedPayment payment = AppliedPayment.builder().date(result.payment().date())
          .amount(io.credere.core.money.Monies.ofMinor(result.payment().currency(), cash))
          .addAllDocuments(documents).paymentId(result.payment().paymentId()).build();
      byCustomer.computeIfAbsent(result.customerId().get(), c -> new ArrayList<>()).add(payment);
    }
    Map<CustomerId, List<AppliedPayment>> frozen = new LinkedHashMap<>();
    byCustomer.forEach((customer, payments) -> frozen.put(customer, List.copyOf(payments)));
    return new CustomerPayments(java.util.Collections.unmodifiableMap(frozen));
  }

  /** Payments a host already knows per customer (e.g. from its own cash application). */
  public static CustomerPayments of(Map<CustomerId, List<AppliedPayment>> byCustomer) {
    Checks.notNull(byCustomer, "byCustomer");
    Map<CustomerId, List<AppliedPayment>> frozen = new LinkedHashMap<>();
    byCustomer.forEach((customer, payments) -> frozen.put(Checks.notNull(customer, "customer"),
        List.copyOf(payments)));
    return new CustomerPayments(java.util.Collections.unmodifiableMap(frozen));
  }

  /** The customers who paid, in the order of their first payment. */
  public Set<CustomerId> customers() {
    return byCustomer.keySet();
  }

  /** The payments of {@code customer}, in payment order; empty when none. */
  public List<AppliedPayment> forCustomer(CustomerId customer) {
    return byCustomer.getOrDefault(Checks.notNull(customer, "customer"), List.of());
  }

  /**
   * Evaluates {@code promise} as of {@code asOf} with its own customer's payments only (the
   * promise counts those in its currency, dated from the contact to its deadline, applied to a
   * promised document or on account).
   */
  public PromiseOutcome evaluate(PromiseToPay promise, LocalDate asOf) {
    Checks.notNull(promise, "promise");
    return promise.evaluate(forCustomer(promise.customerId()), asOf);
  }

  /**
   * Evaluates every promise as of {@code asOf}, each payment counting toward one promise only:
   * the promises of a customer take their customer's payments in the order they were made
   * (contact date, then promised date, then input order), each the payments the earlier ones
   * did not count. A promise no longer OPEN is returned as it is.
   *
   * @return one outcome per promise, in input order
   */
  public List<PromiseOutcome> evaluateAll(List<PromiseToPay> promises, LocalDate asOf) {
    Checks.notNull(promises, "promises");
    Checks.notNull(asOf, "asOf");
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < promises.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparing((Integer i) -> promises.get(i).madeOn())
        .thenComparing(i -> promises.get(i).promisedDate()));
    Map<CustomerId, List<AppliedPayment>> left = new HashMap<>();
    PromiseOutcome[] outcomes = new PromiseOutcome[promises.size()];
    for (int i : order) {
      PromiseToPay promise = promises.get(i);
      if (promise.state() != PromiseState.OPEN) {
        outcomes[i] = PromiseOutcome.of(promise);
        continue;
      }
      List<AppliedPayment> pool = left.computeIfAbsent(promise.customerId(),
          c -> new ArrayList<>(forCustomer(c)));
      int before = promise.countedPayments().size();
      PromiseOutcome outcome = promise.evaluate(pool, asOf);
      List<AppliedPayment> counted = outcome.promise().countedPayments();
      for (AppliedPayment payment : counted.subList(before, counted.size())) {
        pool.remove(payment);
      }
      outcomes[i] = outcome;
    }
    return List.of(outcomes);
  }
}
