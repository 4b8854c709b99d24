package io.credere.scoring;

import io.credere.core.Checks;
import io.credere.core.id.CustomerId;
import io.credere.core.id.DocumentId;
import io.credere.core.item.OpenItem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * One customer's open items as a credit check reads them, summed once: open receivables and
 * open credits per currency, and the undisputed debit items in due-date order (the oldest
 * overdue one is found without a scan). A {@link CreditLedgerIndex} hands out these views; a
 * {@link CreditCheckRequest} takes one in place of a list of items.
 *
 * <p>Settled items and items of other customers are left out. Immutable and thread-safe: a
 * changed ledger is a new view ({@link #with}, {@link #without}).
 */
public final class CustomerLedger {

  private static final OpenItem[] NONE = new OpenItem[0];
  private static final Comparator<OpenItem> BY_DUE_DATE = Comparator.comparing(OpenItem::dueDate)
      .thenComparing(i -> i.documentId().value());

  private final CustomerId customerId;
  /** The open items, in document id order. */
  private final OpenItem[] items;
  /** Undisputed open debit items, by due date then document id. */
  private final OpenItem[] debitsByDue;
  private final CurrencyUnit[] currencies;
  private final long[] receivables;
  private final long[] credits;

  private CustomerLedger(CustomerId customerId, OpenItem[] items) {
    this.customerId = customerId;
    this.items = items;
    List<OpenItem> debits = new ArrayList<>();
    List<CurrencyUnit> seen = new ArrayList<>(2);
    long[] rec = new long[2];
    long[] cred = new long[2];
    for (OpenItem item : items) {
      int at = seen.indexOf(item.currency());
      if (at < 0) {
        at = seen.size();
        seen.add(item.currency());
        if (at == rec.length) {
          rec = Arrays.copyOf(rec, at * 2);
          cred = Arrays.copyOf(cred, at * 2);
        }
      }
      long minor = item.openAmount().getAmountMinorLong();
      if (item.documentType().isDebit()) {
        rec[at] = Math.addExact(rec[at], minor);
        if (!item.isDisputed()) {
          debits.add(item);
        }
      } else {
        cred[at] = Math.addExact(cred[at], minor);
      }
    }
    debits.sort(BY_DUE_DATE);
    this.debitsByDue = debits.toArray(NONE);
    this.currencies = seen.toArray(new CurrencyUnit[0]);
    this.receivables = Arrays.copyOf(rec, seen.size());
    this.credits = Arrays.copyOf(cred, seen.size());
  }

  /** The view of {@code customer}'s open items among {@code items} (others are left out). */
  public static CustomerLedger of(CustomerId customer, Collection<OpenItem> items) {
    Checks.notNull(customer, "customer");
    Checks.notNull(items, "items");
    List<OpenItem> mine = new ArrayList<>();
    for (OpenItem item : items) {
      if (item.customerId().equals(customer) && !item.isSettled()) {
        mine.add(item);
      }
    }
    OpenItem[] sorted = mine.toArray(NONE);
    Arrays.sort(sorted, Comparator.comparing(i -> i.documentId().value()));
    for (int i = 1; i < sorted.length; i++) {
      Checks.argument(!sorted[i].documentId().equals(sorted[i - 1].documentId()),
          "Document " + sorted[i].documentId().value() + " appears twice for " + customer.value());
    }
    return new CustomerLedger(customer, sorted);
  }

  /** A customer without open items. */
  public static CustomerLedger empty(CustomerId customer) {
    return new CustomerLedger(Checks.notNull(customer, "customer"), NONE);
  }

  /** The customer. */
  public CustomerId customerId() {
    return customerId;
  }

  /** The open items, in document id order. */
  public List<OpenItem> items() {
    return List.of(items);
  }

  /** How many open items. */
  public int size() {
    return items.length;
  }

  /** The currencies of the open items, by code. */
  public Set<CurrencyUnit> currencies() {
    return new TreeSet<>(Arrays.asList(currencies));
  }

  /** Open invoices and debit notes in {@code currency} (zero when none). */
  public Money receivables(CurrencyUnit currency) {
    int at = indexOf(currency);
    return Money.ofMinor(currency, at < 0 ? 0 : receivables[at]);
  }

  /** Open credit notes and unapplied cash in {@code currency} (zero or negative). */
  public Money credits(CurrencyUnit currency) {
    int at = indexOf(currency);
    return Money.ofMinor(currency, at < 0 ? 0 : credits[at]);
  }

  /**
   * The undisputed open debit item longest past due on {@code asOf} (any currency; the smallest
   * document id among equally old ones); empty when none is overdue.
   */
  public Optional<OpenItem> oldestOverdue(LocalDate asOf) {
    Checks.notNull(asOf, "asOf");
    return debitsByDue.length > 0 && debitsByDue[0].isOverdue(asOf)
        ? Optional.of(debitsByDue[0]) : Optional.empty();
  }

  /**
   * The open receivables and credits of every currency in {@code currency}, each other
   * currency's sums converted once with {@code rates} on {@code on}; currencies without a rate
   * are left out and listed.
   */
  public Converted convertedTo(CurrencyUnit currency, ExchangeRates rates, LocalDate on) {
    Checks.notNull(currency, "currency");
    Checks.notNull(rates, "rates");
    long rec = 0;
    long cred = 0;
    java.util.SortedSet<CurrencyUnit> unconverted = new TreeSet<>();
    for (int i = 0; i < currencies.length; i++) {
      CurrencyUnit other = currencies[i];
      if (other.equals(currency)) {
        rec = Math.addExact(rec, receivables[i]);
        cred = Math.addExact(cred, credits[i]);
        continue;
      }
      Optional<Money> r = rates.convert(Money.ofMinor(other, receivables[i]), currency, on);
      Optional<Money> c = rates.convert(Money.ofMinor(other, credits[i]), currency, on);
      if (r.isEmpty() || c.isEmpty()) {
        unconverted.add(other);
      } else {
        rec = Math.addExact(rec, r.get().getAmountMinorLong());
        cred = Math.addExact(cred, c.get().getAmountMinorLong());
      }
    }
    return new Converted(Money.ofMinor(currency, rec), Money.ofMinor(currency, cred),
        java.util.Collections.unmodifiableSortedSet(unconverted));
  }

  /**
   * A customer's open items in one currency.
   *
   * @param receivables open invoices and debit notes
   * @param credits open credit notes and unapplied cash, zero or negative
   * @param unconverted currencies left out for want of a rate
   */
  public record Converted(Money receivables, Money credits,
      java.util.SortedSet<CurrencyUnit> unconverted) {}

  /** This view with {@code item} added, or replacing the item of its document id. */
  public CustomerLedger with(OpenItem item) {
    Checks.notNull(item, "item");
    Checks.argument(item.customerId().equals(customerId), "Item " + item.documentId().value()
        + " belongs to " + item.customerId().value() + ", not " + customerId.value());
    if (item.isSettled()) {
      return without(item.documentId());
    }
    int at = search(item.documentId());
    OpenItem[] next;
    if (at >= 0) {
      next = items.clone();
      next[at] = item;
    } else {
      int insert = -at - 1;
      next = new OpenItem[items.length + 1];
      System.arraycopy(items, 0, next, 0, insert);
      next[insert] = item;
      System.arraycopy(items, insert, next, insert + 1, items.length - insert);
    }
    return new CustomerLedger(customerId, next);
  }

  /** This view without the item of {@code document} (the same view when there is none). */
  public CustomerLedger without(DocumentId document) {
    int at = search(Checks.notNull(document, "document"));
    if (at < 0) {
      return this;
    }
    OpenItem[] next = new OpenItem[items.length - 1];
    System.arraycopy(items, 0, next, 0, at);
    System.arraycopy(items, at + 1, next, at, items.length - at - 1);
    return new CustomerLedger(customerId, next);
  }

  private int search(DocumentId document) {
    int low = 0;
    int high = items.length - 1;
    String key = document.value();
    while (low <= high) {
      int mid = (low + high) >>> 1;
      int cmp = items[mid].documentId().value().compareTo(key);
      if (cmp < 0) {
        low = mid + 1;
      } else if (cmp > 0) {
        high = mid - 1;
      } else {
        return mid;
      }
    }
    return -(low + 1);
  }

  private int indexOf(CurrencyUnit currency) {
    for (int i = 0; i < currencies.length; i++) {
      if (currencies[i].equals(currency)) {
        return i;
      }
    }
    return -1;
  }
}
