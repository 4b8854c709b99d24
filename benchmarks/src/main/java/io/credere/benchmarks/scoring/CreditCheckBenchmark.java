package io.credere.benchmarks.scoring;

import io.credere.core.customer.Customer;
import io.credere.core.item.OpenItem;
import io.credere.scoring.CreditAssessment;
import io.credere.scoring.CreditAssessor;
import io.credere.scoring.CreditCheck;
import io.credere.scoring.CreditCheckRequest;
import io.credere.scoring.CreditCheckResult;
import io.credere.scoring.CreditDesk;
import io.credere.scoring.CreditLedgerIndex;
import io.credere.scoring.CustomerData;
import io.credere.scoring.ExchangeRates;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One order's credit check against a book of {@link #customers} customers and
 * {@link #itemsPerCustomer} open items each (5,000 x 40 = 200,000 by default), one thread, the
 * customer changing every call; sample time, so JMH reports percentiles (p99):
 *
 * <ul>
 *   <li>{@code wholeBook}: today's path, the request carries the whole book and the check
 *       filters it;
 *   <li>{@code indexedView}: a {@link CreditDesk} over a {@link CreditLedgerIndex} built once
 *       (outside the measurement), the knock-out kept from the assessment;
 *   <li>{@code assessThenCheck}: what a host without kept knock-outs pays: the customer's full
 *       assessment (to know a knock-out), then the indexed check;
 *   <li>{@code keepIndexCurrent}: replacing one item in the index (cash applied).
 * </ul>
 *
 * Exchange rates convert the USD items.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx3g"})
public class CreditCheckBenchmark {

  /** Customers in the book. */
  @Param({"5000"})
  public int customers;

  /** Open items per customer. */
  @Param({"40"})
  public int itemsPerCustomer;

  CreditBook book;
  CreditCheck check;
  CreditDesk desk;
  CreditAssessor assessor;
  List<List<OpenItem>> itemsByCustomer;
  final Money order = Money.of(CurrencyUnit.EUR, 2_500);
  int next;

  /** Builds the book, the index and the kept knock-outs (not timed). */
  @Setup(Level.Trial)
  public void setUp() {
    book = CreditBook.generate(customers, itemsPerCustomer, 42L);
    ExchangeRates rates = ExchangeRates.of(CreditBook.rates());
    check = CreditCheck.standard().withExchangeRates(rates);
    assessor = CreditAssessor.builder().exchangeRates(rates).build();
    desk = CreditDesk.of(check, CreditLedgerIndex.of(book.items()));
    itemsByCustomer = new java.util.ArrayList<>();
    for (int c = 0; c < customers; c++) {
      itemsByCustomer.add(book.items().subList(c * itemsPerCustomer,
          (c + 1) * itemsPerCustomer));
    }
    for (int c = 0; c < customers; c++) {
      desk.keep(assess(c));
    }
  }

  private CreditAssessment assess(int c) {
    return assessor.assess(CustomerData.builder().customer(book.customers().get(c))
        .asOf(CreditBook.AS_OF).addAllOpenItems(itemsByCustomer.get(c)).build());
  }

  private int nextCustomer() {
    next = next + 1 == customers ? 0 : next + 1;
    return next;
  }

  /** Today's whole-book request. */
  @Benchmark
  public CreditCheckResult wholeBook() {
    Customer customer = book.customers().get(nextCustomer());
    return check.check(CreditCheckRequest.builder().customer(customer)
        .addAllOpenItems(book.items()).newOrder(order).asOf(CreditBook.AS_OF).build());
  }

  /** The indexed view with the kept knock-out. */
  @Benchmark
  public CreditCheckResult indexedView() {
    return desk.check(book.customers().get(nextCustomer()), order, CreditBook.AS_OF);
  }

  /** A full assessment to learn the knock-out, then the indexed check. */
  @Benchmark
  public CreditCheckResult assessThenCheck() {
    int c = nextCustomer();
    desk.keep(assess(c));
    return desk.check(book.customers().get(c), order, CreditBook.AS_OF);
  }

  /** One item replaced in the index, as when cash is applied to it. */
  @Benchmark
  public CreditLedgerIndex keepIndexCurrent() {
    int c = nextCustomer();
    desk.index().put(itemsByCustomer.get(c).get(c % itemsPerCustomer));
    return desk.index();
  }
}
