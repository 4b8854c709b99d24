package io.credere.collections.worklist;

import io.credere.core.Checks;
import io.credere.core.customer.Customer;
import io.credere.core.id.CustomerId;
import io.credere.core.item.OpenItem;
import io.credere.core.money.Monies;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The collector's worklist: accounts (customer and currency) with overdue, undisputed items,
 * ranked by a {@link WorklistStrategy}. Accounts the host excludes (in legal escalation, in a
 * payment plan) are left out. Ties are broken by customer id then currency, so the list is
 * deterministic. Immutable and thread-safe.
 */
public final class Worklist {

  private final WorklistStrategy strategy;

  private Worklist(WorklistStrategy strategy) {
    this.strategy = strategy;
  }

  /** A worklist ranked by {@code strategy}. */
  public static Worklist of(WorklistStrategy strategy) {
    return new Worklist(Checks.notNull(strategy, "strategy"));
  }

  /** A worklist ranked by {@link WorklistStrategy#standard()}. */
  public static Worklist standard() {
    return of(WorklistStrategy.standard());
  }

  /**
   * Ranks the accounts to work on {@code asOf}.
   *
   * @param brokenPromises customers who broke a promise to pay
   * @param excluded customers not to call (legal escalation, agency, payment plan)
   */
  public List<WorklistEntry> rank(Collection<OpenItem> ledger, Collection<Customer> customers,
      Set<CustomerId> brokenPromises, Set<CustomerId> excluded, LocalDate asOf) {
    Checks.notNull(ledger, "ledger");
    Checks.notNull(asOf, "asOf");
    Map<CustomerId, Customer> byId = new HashMap<>();
    Checks.notNull(customers, "customers").forEach(c -> byId.put(c.customerId(), c));
    Map<String, List<OpenItem>> accounts = new TreeMap<>();
    for (OpenItem item : ledger) {
      if (item.isOverdue(asOf) && !item.isDisputed() && !excluded.contains(item.customerId())) {
        accounts.computeIfAbsent(item.customerId().value() + '\u0000' + item.currency().getCode(),
            k -> new ArrayList<>()).add(item);
      }
    }
    List<WorklistEntry> scored = new ArrayList<>();
    for (List<OpenItem> items : accounts.values()) {
      items.sort(Comparator.comparing(OpenItem::dueDate)
          .thenComparing(i -> i.documentId().value()));
      OpenItem first = items.get(0);
      Optional<Customer> customer = Optional.ofNullable(byId.get(first.customerId()));
      BigDecimal amountDays = BigDecimal.ZERO;
      for (OpenItem item : items) {
        amountDays = amountDays.add(item.openAmount().getAmount()
            .multiply(BigDecimal.valueOf(item.daysPastDue(asOf))));
      }
      OverdueAccount account = OverdueAccount.builder().customerId(first.customerId())
          .customerName(customer.map(Customer::name)).currency(first.currency())
          .addAllItems(items).riskGrade(customer.flatMap(Customer::riskClass))
          .brokenPromise(brokenPromises.contains(first.customerId()))
          .overdueAmount(Monies.sum(first.currency(), items.stream()
              .map(OpenItem::openAmount).toList()))
          .maxDaysOverdue(first.daysPastDue(asOf)).amountDays(amountDays).build();
      scored.add(WorklistEntry.builder().rank(1).account(account)
          .score(strategy.score(account)).build());
    }
    scored.sort(Comparator.<WorklistEntry>comparingInt(e -> e.score().tier())
        .thenComparing(e -> e.score().score(), Comparator.reverseOrder())
        .thenComparing(e -> e.account().customerId().value())
        .thenComparing(e -> e.account().currency().getCode()));
    List<WorklistEntry> ranked = new ArrayList<>();
    for (int i = 0; i < scored.size(); i++) {
      ranked.add(scored.get(i).withRank(i + 1));
    }
    return List.copyOf(ranked);
  }
}
