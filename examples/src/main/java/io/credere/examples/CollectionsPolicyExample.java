package io.credere.examples;

import io.credere.collections.dispute.Dispute;
import io.credere.collections.dispute.DisputeOwner;
import io.credere.collections.dispute.DisputePolicy;
import io.credere.collections.dispute.DisputeReason;
import io.credere.collections.dispute.DisputeRequest;
import io.credere.collections.dispute.DisputeRouting;
import io.credere.collections.dispute.DisputeRoutings;
import io.credere.collections.dunning.DunningChannel;
import io.credere.collections.dunning.DunningExclusions;
import io.credere.collections.dunning.DunningLevel;
import io.credere.collections.dunning.DunningNotice;
import io.credere.collections.dunning.DunningPolicy;
import io.credere.collections.dunning.DunningProposal;
import io.credere.collections.dunning.DunningRun;
import io.credere.core.customer.Customer;
import io.credere.core.id.CustomerId;
import io.credere.core.id.DocumentId;
import io.credere.core.item.DocumentType;
import io.credere.core.item.OpenItem;
import io.credere.workflow.DunningExclusionsFlow;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * A host's own collections policy: disputes routed by customer segment and amount
 * ({@link SegmentRouting}) instead of by reason, and a dunning policy with the host's own
 * levels, fees and waiting days; applied to a small ledger, open disputes held out of dunning.
 */
public final class CollectionsPolicyExample {

  /** The as-of date of the sample run (a Friday). */
  static final LocalDate AS_OF = LocalDate.of(2026, 11, 20);

  private CollectionsPolicyExample() {}

  /**
   * Routes disputes of key accounts to SALES (their account manager) whatever the reason,
   * disputes below a small amount to BILLING (which credits them without investigation), and
   * the rest by reason with the built-in routing. Immutable and thread-safe.
   *
   * @param keyAccounts the host's key-account segment
   * @param smallAmount the amount (major units, any currency) below which billing credits it
   */
  public record SegmentRouting(Set<CustomerId> keyAccounts, BigDecimal smallAmount)
      implements DisputeRouting {

    /** Copies the segment. */
    public SegmentRouting {
      keyAccounts = Set.copyOf(keyAccounts);
    }

    @Override
    public DisputeOwner route(DisputeRequest request) {
      if (keyAccounts.contains(request.customerId())) {
        return DisputeOwner.SALES;
      }
      if (request.amount().getAmount().compareTo(smallAmount) < 0) {
        return DisputeOwner.BILLING;
      }
      return DisputeRoutings.byReason().route(request);
    }

    @Override
    public String name() {
      return "KEY_ACCOUNT_OR_SMALL_AMOUNT";
    }
  }

  private static final org.joda.money.CurrencyUnit EUR = org.joda.money.CurrencyUnit.EUR;

  /** The host's dunning policy, in EUR: a friendly e-mail, a letter with a fee, a final notice. */
  public static DunningPolicy hostDunningPolicy() {
    return DunningPolicy.builder().name("host")
        .addLevels(DunningLevel.builder().level(1).daysOverdue(14).putMinimums(EUR, Money.parse("EUR 25.00"))
            .channel(DunningChannel.EMAIL).build())
        .addLevels(DunningLevel.builder().level(2).daysOverdue(28).putMinimums(EUR, Money.parse("EUR 25.00"))
            .channel(DunningChannel.LETTER).putFees(EUR, Money.parse("EUR 7.50")).waitDays(14).build())
        .addLevels(DunningLevel.builder().level(3).daysOverdue(45).putMinimums(EUR, Money.parse("EUR 100.00"))
            .channel(DunningChannel.FINAL_NOTICE).putFees(EUR, Money.parse("EUR 15.00")).waitDays(14).build())
        .build();
  }

  /** The disputes opened and the dunning run proposed on the sample ledger. */
  public record Outcome(List<Dispute> disputes, List<DunningProposal> proposals) {}

  /** Opens the sample disputes with the host's routing, then proposes the host's dunning run. */
  public static Outcome run() {
    List<Customer> customers = List.of(customer("C-100", "Alpha Retail AG"),
        customer("C-200", "Beta Bau GmbH"), customer("C-300", "Gamma Kiosk"),
        customer("C-400", "Delta Logistik KG"));
    List<OpenItem> ledger = List.of(
        invoice("C-100", "INV-A1", "1200.00", LocalDate.of(2026, 10, 1)),
        invoice("C-100", "INV-A2", "2400.00", LocalDate.of(2026, 12, 1)),
        invoice("C-200", "INV-B1", "800.00", LocalDate.of(2026, 9, 15)),
        invoice("C-200", "INV-B2", "30.00", LocalDate.of(2026, 11, 1)),
        invoice("C-300", "INV-G1", "20.00", LocalDate.of(2026, 10, 1)),
        invoice("C-400", "INV-D1", "500.00", LocalDate.of(2026, 10, 20)),
        invoice("C-400", "INV-D2", "300.00", LocalDate.of(2026, 11, 1)));

    DisputePolicy disputePolicy = DisputePolicy.builder()
        .routing(new SegmentRouting(Set.of(CustomerId.of("C-100")), new BigDecimal("50")))
        .build();
    List<Dispute> disputes = List.of(
        Dispute.open("D-1", dispute("C-100", "INV-A2", "2400.00", DisputeReason.PRICING),
            disputePolicy),
        Dispute.open("D-2", dispute("C-400", "INV-D1", "500.00", DisputeReason.QUANTITY),
            disputePolicy),
        Dispute.open("D-3", dispute("C-200", "INV-B2", "30.00", DisputeReason.DAMAGED_GOODS),
            disputePolicy));

    // open disputes hold their amounts out of dunning (the undisputed rest is still dunned)
    DunningExclusions exclusions = DunningExclusionsFlow.builder().disputes(disputes).build();
    // Beta already had the letter (level 2) on 25 October
    List<DunningNotice> sent = List.of(DunningNotice.builder().customerId(CustomerId.of("C-200"))
        .currency(CurrencyUnit.EUR).level(2).date(LocalDate.of(2026, 10, 25)).build());
    List<DunningProposal> proposals = DunningRun.of(hostDunningPolicy())
        .propose(ledger, customers, sent, exclusions, AS_OF);
    return new Outcome(disputes, proposals);
  }

  /** Prints who owns each dispute and the dunning action proposed for each account. */
  public static void main(String[] args) {
    Outcome outcome = run();
    for (Dispute dispute : outcome.disputes()) {
      System.out.println(dispute.disputeId() + " -> " + dispute.owner() + " by "
          + dispute.dueDate() + ": " + dispute.explanation().sentence());
    }
    for (DunningProposal proposal : outcome.proposals()) {
      String action = proposal.level()
          .map(l -> "level " + l.level() + " " + l.channel() + " fee " + proposal.fee())
          .orElseGet(() -> "no action (" + proposal.exclusion().orElseThrow() + ")");
      System.out.println(proposal.customerId().value() + " " + action + ": "
          + proposal.explanation().sentence());
    }
  }

  private static Customer customer(String id, String name) {
    return Customer.builder().customerId(CustomerId.of(id)).name(name).currency(CurrencyUnit.EUR)
        .build();
  }

  private static OpenItem invoice(String customer, String document, String amount, LocalDate due) {
    Money money = Money.of(CurrencyUnit.EUR, new BigDecimal(amount));
    return OpenItem.builder().customerId(CustomerId.of(customer))
        .documentId(DocumentId.of(document)).documentType(DocumentType.INVOICE)
        .documentDate(due.minusDays(30)).dueDate(due).amount(money).openAmount(money).build();
  }

  private static DisputeRequest dispute(String customer, String document, String amount,
      DisputeReason reason) {
    return DisputeRequest.builder().customerId(CustomerId.of(customer))
        .documentId(DocumentId.of(document)).amount(Money.of(CurrencyUnit.EUR,
            new BigDecimal(amount))).reason(reason).raisedOn(AS_OF).build();
  }
}
