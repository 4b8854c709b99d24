package io.credere.cli.casework;

import io.credere.cli.io.DisputeRow;
import io.credere.collections.dispute.Dispute;
import io.credere.collections.dunning.DunningExclusions;
import io.credere.collections.dunning.DunningNotice;
import io.credere.collections.dunning.DunningProposal;
import io.credere.collections.dunning.DunningRun;
import io.credere.collections.promise.PromiseToPay;
import io.credere.core.customer.Customer;
import io.credere.core.id.CustomerId;
import io.credere.core.item.OpenItem;
import io.credere.workflow.DunningExclusionsFlow;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.joda.money.CurrencyUnit;

/**
 * The dunning run with what the collector knows beside the ledger, through the workflow's
 * {@link DunningExclusionsFlow}:
 *
 * <ul>
 *   <li>open disputes ({@code OPEN} or {@code IN_REVIEW}): each one's amount stays out of the
 *       claim and the undisputed rest of the document is dunned;
 *   <li>an account (customer and currency) with an open promise to pay is not dunned
 *       ({@code UNDER_PROMISE}), whatever the customer's other currencies do; an account whose
 *       promise was broken or only partly kept is dunned as the policy says, its explanation
 *       saying so.
 * </ul>
 */
public final class CollectorDunning {

  private final DunningRun run;
  private final AccountStandings standings;
  private final List<DisputeRow> open;
  private final List<Dispute> disputes;

  private CollectorDunning(DunningRun run, AccountStandings standings, List<DisputeRow> rows) {
    this.run = run;
    this.standings = standings;
    this.open = rows.stream().filter(DisputeRow::isOpen).toList();
    this.disputes = open.stream().map(ContractDisputes::asDispute).toList();
  }

  /** The run {@code run} with {@code standings} and the disputes {@code rows}. */
  public static CollectorDunning of(DunningRun run, AccountStandings standings,
      List<DisputeRow> rows) {
    return new CollectorDunning(run, standings, rows);
  }

  /** The proposals, sorted by customer id then currency. */
  public List<DunningProposal> propose(List<OpenItem> ledger, List<Customer> customers,
      List<DunningNotice> notices, LocalDate asOf) {
    List<OpenItem> free = new ArrayList<>();
    List<OpenItem> promised = new ArrayList<>();
    List<PromiseToPay> openPromises = new ArrayList<>();
    for (OpenItem item : ledger) {
      if (standings.isUnderPromise(item.customerId(), item.currency())) {
        promised.add(item);
        standings.openPromise(item.customerId(), item.currency())
            .filter(p -> !openPromises.contains(p)).ifPresent(openPromises::add);
      } else {
        free.add(item);
      }
    }
    DunningExclusions exclusions = DunningExclusionsFlow.builder().disputes(disputes).build();
    List<DunningProposal> proposals = new ArrayList<>(run.propose(free, customers, notices,
        exclusions, asOf));
    if (!promised.isEmpty()) {
      // Evaluated promises of these accounts only (no documents: the whole account is held),
      // so a customer's other currencies are dunned as usual.
      proposals.addAll(run.propose(promised, customers, notices, DunningExclusionsFlow.builder()
          .disputes(disputes).promises(openPromises).build(), asOf));
    }
    proposals.sort(Comparator.comparing((DunningProposal p) -> p.customerId().value())
        .thenComparing(p -> p.currency().getCode()));
    return proposals;
  }

  /** What the run adds to a proposal's explanation (empty when nothing). */
  public String note(DunningProposal proposal) {
    CustomerId customer = proposal.customerId();
    CurrencyUnit currency = proposal.currency();
    List<String> parts = new ArrayList<>();
    if (standings.isUnderPromise(customer, currency) || standings.isBroken(customer, currency)) {
      standings.promiseWords(customer, currency).ifPresent(parts::add);
    }
    String disputed = open.stream().filter(d -> d.customerId().equals(customer)
            && d.amount().getCurrencyUnit().equals(currency))
        .map(d -> d.documentId().value() + " " + d.amount() + " (" + d.disputeId() + ", "
            + d.status() + ")")
        .collect(Collectors.joining(", "));
    if (!disputed.isEmpty()) {
      parts.add("Under dispute and not claimed: " + disputed + ".");
    }
    return String.join(" ", parts);
  }
}
