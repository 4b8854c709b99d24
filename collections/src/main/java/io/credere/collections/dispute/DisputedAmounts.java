package io.credere.collections.dispute;

import io.credere.core.Checks;
import io.credere.core.error.ValidationException;
import io.credere.core.id.CustomerId;
import io.credere.core.id.DocumentId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.joda.money.Money;

/**
 * The amounts under open dispute (OPEN or IN_REVIEW), per customer and document: the exclusions
 * a dunning run takes. Resolved and cancelled disputes hold nothing. Several open disputes on one
 * document add up.
 *
 * <p>Immutable and thread-safe.
 */
public final class DisputedAmounts {

  private final Map<CustomerId, Map<DocumentId, DisputedItem>> items;

  private DisputedAmounts(Map<CustomerId, Map<DocumentId, DisputedItem>> items) {
    this.items = items;
  }

  /**
   * The open disputed amounts of {@code disputes} (any states; only open ones count). A dispute
   * given twice (the same value, e.g. from a list that already held the earlier runs') counts
   * once.
   *
   * @throws ValidationException when two different disputes share a dispute id
   */
  public static DisputedAmounts of(Collection<Dispute> disputes) {
    Map<CustomerId, Map<DocumentId, DisputedItem>> items = new TreeMap<>();
    List<Dispute> sorted = new ArrayList<>(Checks.notNull(disputes, "disputes"));
    sorted.sort(Comparator.comparing(Dispute::disputeId));
    Map<String, Dispute> seen = new HashMap<>();
    for (Dispute dispute : sorted) {
      Dispute before = seen.putIfAbsent(dispute.disputeId(), dispute);
      if (before != null) {
        if (before.equals(dispute)) {
          continue; // the same dispute given twice counts once
        }
        throw ValidationException.of("dispute_id", Optional.of(dispute.disputeId()),
            "appears twice with different content (a dispute counts once)");
      }
      if (!dispute.isOpen()) {
        continue;
      }
      items.computeIfAbsent(dispute.customerId(), c -> new TreeMap<>()).merge(
          dispute.documentId(),
          DisputedItem.builder().customerId(dispute.customerId())
              .documentId(dispute.documentId()).amount(dispute.amount())
              .addDisputeIds(dispute.disputeId()).build(),
          (a, b) -> DisputedItem.builder().customerId(a.customerId()).documentId(a.documentId())
              .amount(a.amount().plus(b.amount())).addAllDisputeIds(a.disputeIds())
              .addAllDisputeIds(b.disputeIds()).build());
    }
    Map<CustomerId, Map<DocumentId, DisputedItem>> frozen = new LinkedHashMap<>();
    items.forEach((customer, documents) -> frozen.put(customer,
        java.util.Collections.unmodifiableMap(documents)));
    return new DisputedAmounts(java.util.Collections.unmodifiableMap(frozen));
  }

  /** Every disputed item, by customer then document id. */
  public List<DisputedItem> items() {
    return items.values().stream().flatMap(m -> m.values().stream())
        .collect(Collectors.toList());
  }

  /** The disputed amount per document of {@code customer}; empty when none. */
  public Map<DocumentId, Money> forCustomer(CustomerId customer) {
    Map<DocumentId, Money> amounts = new LinkedHashMap<>();
    items.getOrDefault(Checks.notNull(customer, "customer"), Map.of())
        .forEach((document, item) -> amounts.put(document, item.amount()));
    return java.util.Collections.unmodifiableMap(amounts);
  }

  /** The amount under open dispute on {@code document}, if any. */
  public Optional<Money> find(CustomerId customer, DocumentId document) {
    return Optional.ofNullable(items.getOrDefault(customer, Map.of()).get(document))
        .map(DisputedItem::amount);
  }

  /** Whether {@code document} of {@code customer} has an amount under open dispute. */
  public boolean isDisputed(CustomerId customer, DocumentId document) {
    return find(customer, document).isPresent();
  }
}
