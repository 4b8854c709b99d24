package io.credere.cli.casework;

import io.credere.cli.io.DisputeRow;
import io.credere.collections.dunning.DunningExclusions;
import io.credere.collections.dunning.DunningNotice;
import io.credere.collections.dunning.DunningProposal;
import io.credere.collections.dunning.DunningRun;
import io.credere.core.customer.Customer;
import io.credere.core.id.CustomerId;
import io.credere.core.id.DocumentId;
import io.credere.core.item.OpenItem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.joda.money.Money;

/**
 * The dunning run with what the collector knows beside the ledger:
 *
 * <ul>
 *   <li>open disputes ({@code OPEN} or {@code IN_REVIEW}): each one's amount stays out of the
 *       claim and the undisputed rest of the document is dunned; a document disputed for its
 *       whole open amount (or more) is left out as {@code DISPUTED};
 *   <li>an account (customer and currency) with an open promise to pay is not dunned
 *       ({@code UNDER_PROMISE}); an account whose promise was broken or only partly kept is dunned
 *       as the policy says, its explanation saying so.
 * </ul>
 */
public final class CollectorDunning {

  private final DunningRun run;
  private final AccountStandings standings;
  private final Map<String, Money> disputed = new HashMap<>();
  private final Map<String, List<String>> disputeIds = new HashMap<>();
  private final Map<String, String> notes = new LinkedHashMap<>();

  private CollectorDunning(DunningRun run, AccountStandings standings, List<DisputeRow> rows) {
    this.run = run;
    this.standings = standings;
    for (DisputeRow row : rows) {
      if (row.isOpen()) {
        String key = key(row.customerId(), row.documentId());
        disputed.merge(key, row.amount(), (a, b) -> a.getCurrencyUnit()
            .equals(b.getCurrencyUnit()) ? a.plus(b) : a);
        disputeIds.computeIfAbsent(key, k -> new ArrayList<>()).add(row.disputeId());
      }
    }
  }

  /** The run {@code run} with {@code standings} and the disputes {@code rows}. */
  public static CollectorDunning of(DunningRun run, AccountStandings standings,
      List<DisputeRow> rows) {
    return new CollectorDunning(run, standings, rows);
  }

  /** The proposals, sorted by customer id then currency. */
  public List<DunningProposal> propose(List<OpenItem> ledger, List<Customer> customers,
      List<DunningNotice> notices, LocalDate asOf) {
    notes.clear();
    Set<DocumentId> wholly = new HashSet<>();
    List<OpenItem> free = new ArrayList<>();
    List<OpenItem> promised = new ArrayList<>();
    Set<CustomerId> promisedCustomers = new HashSet<>();
    for (OpenItem item : ledger) {
      OpenItem dunned = item;
      String key = key(item.customerId(), item.documentId());
      Money amount = disputed.get(key);
      if (amount != null && item.openAmount().isPositive()
          && amount.getCurrencyUnit().equals(item.currency())) {
        String ids = String.join(", ", disputeIds.get(key));
        if (amount.isLessThan(item.openAmount())) {
          dunned = item.withOpenAmount(item.openAmount().minus(amount));
          note(item, amount + " of " + item.documentId().value() + " is under dispute (" + ids
              + ") and not claimed; its undisputed " + dunned.openAmount() + " is.");
        } else {
          wholly.add(item.documentId());
          note(item, item.documentId().value() + " is under dispute (" + ids + ").");
        }
      }
      if (standings.isUnderPromise(item.customerId(), item.currency())) {
        promised.add(dunned);
        promisedCustomers.add(item.customerId());
      } else {
        free.add(dunned);
      }
    }
    DunningExclusions exclusions = DunningExclusions.builder().addAllDisputedDocuments(wholly)
        .build();
    List<DunningProposal> proposals = new ArrayList<>(run.propose(free, customers, notices,
        exclusions, asOf));
    if (!promised.isEmpty()) {
      proposals.addAll(run.propose(promised, customers, notices, DunningExclusions.builder()
          .addAllDisputedDocuments(wholly).addAllPromisedCustomers(promisedCustomers).build(), asOf));
    }
    proposals.sort(Comparator.comparing((DunningProposal p) -> p.customerId().value())
        .thenComparing(p -> p.currency().getCode()));
    return proposals;
  }

  /** What the run adds to a proposal's explanation (empty when nothing). */
  public String note(DunningProposal proposal) {
    List<String> parts = new ArrayList<>();
    if (standings.isUnderPromise(proposal.customerId(), proposal.currency())
        || standings.isBroken(proposal.customerId(), proposal.currency())) {
      standings.promiseWords(proposal.customerId(), proposal.currency()).ifPresent(parts::add);
    }
    String disputes = notes.get(account(proposal.customerId(), proposal.currency().getCode()));
    if (disputes != null) {
      parts.add(disputes);
    }
    return String.join(" ", parts);
  }

  private void note(OpenItem item, String text) {
    notes.merge(account(item.customerId(), item.currency().getCode()), text,
        (a, b) -> a + " " + b);
  }

  private static String account(CustomerId customer, String currency) {
    return customer.value() + '\u0000' + currency;
  }

  private static String key(CustomerId customer, DocumentId document) {
    return customer.value() + '\u0000' + document.value();
  }
}
