package io.credere.benchmarks.scoring;

import io.credere.benchmarks.HeapUse;
import io.credere.core.item.OpenItem;
import io.credere.scoring.CreditLedgerIndex;
import java.util.List;
import java.util.Locale;

/**
 * What open items and the credit index cost on the heap, measured without JOL: the used heap
 * (after repeated full collections) before and after building {@code n} items held in an array
 * list, then before and after building a {@link CreditLedgerIndex} over them. Run with a fixed
 * heap and the serial collector for stable figures:
 * {@code java -Xms3g -Xmx3g -XX:+UseSerialGC -cp benchmarks/target/benchmarks.jar
 * io.credere.benchmarks.scoring.OpenItemFootprint [customers] [itemsPerCustomer]}.
 */
public final class OpenItemFootprint {

  private OpenItemFootprint() {}

  /** Prints bytes per item. */
  public static void main(String[] args) {
    int customers = args.length > 0 ? Integer.parseInt(args[0]) : 25_000;
    int perCustomer = args.length > 1 ? Integer.parseInt(args[1]) : 40;
    long empty = HeapUse.settled();
    CreditBook book = CreditBook.generate(customers, perCustomer, 7L);
    long withItems = HeapUse.settled();
    List<OpenItem> items = book.items();
    CreditLedgerIndex index = CreditLedgerIndex.of(items);
    long withIndex = HeapUse.settled();
    long n = items.size();
    System.out.printf(Locale.ROOT, "%d open items of %d customers%n", n, customers);
    System.out.printf(Locale.ROOT, "book (items, their ids and Money, the list, %d customers): "
        + "%.1f bytes per item%n", customers, (withItems - empty) / (double) n);
    System.out.printf(Locale.ROOT, "credit index over them: %.1f bytes per item (%d customers "
        + "indexed)%n", (withIndex - withItems) / (double) n, index.customers());
    org.joda.money.Money[] monies = new org.joda.money.Money[items.size()];
    long beforeMoney = HeapUse.settled();
    for (int i = 0; i < monies.length; i++) {
      monies[i] = org.joda.money.Money.ofMinor(items.get(i).currency(),
          items.get(i).openAmount().getAmountMinorLong() + 1);
    }
    long withMoney = HeapUse.settled();
    System.out.printf(Locale.ROOT, "one Money object (BigMoney, BigDecimal, BigInteger where "
        + "needed): %.1f bytes%n", (withMoney - beforeMoney) / (double) monies.length);
    // Keep everything alive until measured.
    System.out.println(monies[monies.length - 1].isZero() ? "" : " ");
    System.out.println(book.customers().size() + index.view(book.customers().get(0)
        .customerId()).size() > 0 ? "" : "-");
  }
}
