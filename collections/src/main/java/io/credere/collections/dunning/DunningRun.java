package io.credere.collections.dunning;

import io.credere.collections.interest.InterestRegime;
import io.credere.collections.interest.LateInterestCalculator;
import io.credere.core.Checks;
import io.credere.core.customer.Customer;
import io.credere.core.explain.Explanation;
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
import java.util.TreeMap;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * The dunning run: a pure function from the ledger, the customers, the notices already sent, the
 * host's exclusions and the as-of date to one {@link DunningProposal} per customer and currency
 * that has an overdue item (an open invoice or debit note past its due date).
 *
 * <p>Per account: items disputed (ledger flag or host), in a payment plan, or under a promise are
 * left out with their reason; an account in legal escalation, in a plan or under a promise as a
 * whole gets no action. The level is the highest whose days overdue the oldest remaining item has
 * reached, but at most {@code maxLevelStep} above the highest level already sent for those items;
 * it is proposed when above that level, its waiting days since the last notice have passed and
 * the claim reaches its minimum in the currency. A partly disputed item
 * ({@link DunningExclusions#disputedAmounts()}) is dunned for its undisputed rest only. The
 * customer's open credit notes and unapplied cash in the currency are listed on the proposal
 * ({@link DunningProposal#credits()}) and deducted from the claim; when that leaves the claim at
 * or under the level's minimum, nothing is dunned ({@code BELOW_MINIMUM}; without credits, an
 * overdue amount below the minimum). Interest, where the level claims it and a calculator is
 * set for the currency, runs on each covered item from the day after its due date to the as-of
 * date, summed exactly and rounded once; compensation is one fixed amount per covered item.
 *
 * <p>Immutable and thread-safe.
 */
public final class DunningRun {

  /** Rule id of the explanations. */
  public static final String RULE_ID = "DUNNING_POLICY";

  private final DunningPolicy policy;
  private final Map<CurrencyUnit, LateInterestCalculator> interest;

  private DunningRun(DunningPolicy policy, Map<CurrencyUnit, LateInterestCalculator> interest) {
    this.policy = policy;
    this.interest = interest;
  }

  /** A run under {@code policy} that claims no statutory interest. */
  public static DunningRun of(DunningPolicy policy) {
    return of(policy, Map.of());
  }

  /**
   * A run under {@code policy} claiming statutory interest in the currencies of
   * {@code interestByCurrency} (e.g. GBP under uk-late-payment, EUR under de-bgb).
   */
  public static DunningRun of(DunningPolicy policy,
      Map<CurrencyUnit, LateInterestCalculator> interestByCurrency) {
    return new DunningRun(Checks.notNull(policy, "policy"),
        Map.copyOf(Checks.notNull(interestByCurrency, "interestByCurrency")));
  }

  /** The policy. */
  public DunningPolicy policy() {
    return policy;
  }

  /**
   * Proposes the run.
   *
   * @return one proposal per customer and currency with an overdue item, sorted by customer id
   *     then currency code
   */
  public List<DunningProposal> propose(Collection<OpenItem> ledger, Collection<Customer> customers,
      Collection<DunningNotice> history, DunningExclusions exclusions, LocalDate asOf) {
    Checks.notNull(ledger, "ledger");
    Checks.notNull(customers, "customers");
    Checks.notNull(history, "history");
    Checks.notNull(exclusions, "exclusions");
    Checks.notNull(asOf, "asOf");
    Map<CustomerId, Customer> byId = new HashMap<>();
    customers.forEach(c -> byId.put(c.customerId(), c));
    Map<String, List<OpenItem>> accounts = new TreeMap<>();
    Map<String, List<OpenItem>> credits = new HashMap<>();
    for (OpenItem item : ledger) {
      if (item.isOverdue(asOf)) {
        accounts.computeIfAbsent(key(item.customerId(), item.currency()), k -> new ArrayList<>())
            .add(item);
      } else if (!item.isSettled() && !item.documentType().isDebit()) {
        credits.computeIfAbsent(key(item.customerId(), item.currency()), k -> new ArrayList<>())
            .add(item);
      }
    }
    Map<String, List<DunningNotice>> notices = new HashMap<>();
    for (DunningNotice notice : history) {
      if (!notice.date().isAfter(asOf)) {
        notices.computeIfAbsent(key(notice.customerId(), notice.currency()),
            k -> new ArrayList<>()).add(notice);
      }
    }
    List<DunningProposal> proposals = new ArrayList<>();
    for (Map.Entry<String, List<OpenItem>> account : accounts.entrySet()) {
      List<OpenItem> items = new ArrayList<>(account.getValue());
      items.sort(Comparator.comparing(OpenItem::dueDate)
          .thenComparing(i -> i.documentId().value()));
      OpenItem first = items.get(0);
      List<OpenItem> accountCredits = new ArrayList<>(
          credits.getOrDefault(account.getKey(), List.of()));
      accountCredits.sort(Comparator.comparing(OpenItem::documentDate)
          .thenComparing(i -> i.documentId().value()));
      proposals.add(propose(first.customerId(), first.currency(),
          Optional.ofNullable(byId.get(first.customerId())), items, accountCredits,
          notices.getOrDefault(account.getKey(), List.of()), exclusions, asOf));
    }
    return List.copyOf(proposals);
  }

  private static String key(CustomerId customer, CurrencyUnit currency) {
    // NUL sorts before any character of an id, so accounts sort by customer id then currency.
    return customer.value() + '\u0000' + currency.getCode();
  }

  private DunningProposal propose(CustomerId customerId, CurrencyUnit currency,
      Optional<Customer> customer, List<OpenItem> items, List<OpenItem> credits,
      List<DunningNotice> notices, DunningExclusions exclusions, LocalDate asOf) {
    Money zero = Money.zero(currency);
    DunningProposal.Builder proposal = DunningProposal.builder().customerId(customerId)
        .customerName(customer.map(Customer::name)).currency(currency)
        .accountOverdue(Monies.sum(currency, items.stream().map(OpenItem::openAmount).toList()));
    Optional<ExclusionReason> accountReason = accountExclusion(customerId, exclusions);
    if (accountReason.isPresent()) {
      ExclusionReason reason = accountReason.get();
      Money total = Monies.sum(currency, items.stream().map(OpenItem::openAmount).toList());
      return noAction(proposal, zero).previousLevel(0)
          .addAllExcludedItems(items.stream()
              .map(i -> ExcludedItem.of(i.documentId(), i.openAmount(), reason)).toList())
          .exclusion(reason)
          .explanation(explanation(reason, "The account is excluded from dunning ("
              + describe(reason) + "): " + items.size() + " overdue item(s) of "
              + amount(total) + " are not dunned.", customerId, currency, 0, total))
          .build();
    }
    List<OpenItem> candidates = new ArrayList<>();
    boolean someExcluded = false;
    for (OpenItem item : items) {
      Optional<ExclusionReason> reason = itemExclusion(item, exclusions);
      Optional<Money> disputed = exclusions.findDisputedAmount(item.documentId());
      if (reason.isEmpty() && disputed.isPresent()) {
        Money held = disputed.get();
        if (!held.getCurrencyUnit().equals(item.currency())) {
          throw new IllegalArgumentException("Disputed amount " + held + " of "
              + item.documentId().value() + " is not in the document currency "
              + item.currency());
        }
        if (held.isLessThan(item.openAmount())) {
          // A partial dispute: only its amount is held; the undisputed rest is dunned.
          someExcluded = true;
          proposal.addExcludedItems(ExcludedItem.of(item.documentId(), held,
              ExclusionReason.DISPUTED));
          candidates.add(item.withOpenAmount(item.openAmount().minus(held)));
          continue;
        }
        reason = Optional.of(ExclusionReason.DISPUTED);
      }
      if (reason.isPresent()) {
        someExcluded = true;
        proposal.addExcludedItems(ExcludedItem.of(item.documentId(), item.openAmount(),
            reason.get()));
      } else {
        candidates.add(item);
      }
    }
    if (candidates.isEmpty()) {
      return noAction(proposal, zero).previousLevel(0)
          .exclusion(ExclusionReason.ALL_ITEMS_EXCLUDED)
          .explanation(explanation(ExclusionReason.ALL_ITEMS_EXCLUDED, "All " + items.size()
              + " overdue item(s) are excluded (disputed, in a payment plan or under a promise); "
              + "nothing is dunned.", customerId, currency, 0, zero))
          .build();
    }
    Money overdue = Monies.sum(currency, candidates.stream().map(OpenItem::openAmount).toList());
    OpenItem oldest = candidates.get(0);
    long maxDays = oldest.daysPastDue(asOf);
    int previous = 0;
    Optional<LocalDate> lastNotice = Optional.empty();
    Optional<LocalDate> previousSent = Optional.empty();
    for (DunningNotice notice : notices) {
      if (candidates.stream().anyMatch(i -> notice.covers(i.documentId()))) {
        if (notice.level() > previous || (notice.level() == previous
            && notice.date().isAfter(previousSent.orElse(LocalDate.MIN)))) {
          previousSent = Optional.of(notice.date());
        }
        previous = Math.max(previous, notice.level());
        if (lastNotice.isEmpty() || notice.date().isAfter(lastNotice.get())) {
          lastNotice = Optional.of(notice.date());
        }
      }
    }
    previous = Math.min(previous, policy.topLevel());
    int byAge = 0;
    for (DunningLevel level : policy.levels()) {
      if (maxDays >= level.daysOverdue()) {
        byAge = level.level();
      }
    }
    int target = Math.min(byAge, previous + policy.maxLevelStep());
    String facts = candidates.size() + " overdue item(s) of " + amount(overdue)
        + ", the oldest " + maxDays + " days past due";
    String since = previous == 0 ? "no level sent before"
        : "level " + previous + " sent " + previousSent.map(LocalDate::toString).orElse("before")
            + (lastNotice.isPresent() && previousSent.isPresent()
                && lastNotice.get().isAfter(previousSent.get())
                ? ", last notice " + lastNotice.get() : "");
    proposal.previousLevel(previous);
    if (previous >= policy.topLevel()) {
      return noAction(proposal, zero).exclusion(ExclusionReason.FINAL_LEVEL_REACHED)
          .explanation(explanation(ExclusionReason.FINAL_LEVEL_REACHED, "The last level ("
              + previous + ") has been sent for " + facts + "; escalation is the next step.",
              customerId, currency, previous, overdue))
          .build();
    }
    if (target <= previous) {
      LocalDate next = nextStep(previous + 1, oldest, lastNotice);
      return noAction(proposal, zero).exclusion(ExclusionReason.WAITING).nextStepDate(next)
          .explanation(explanation(ExclusionReason.WAITING, "Level " + (previous + 1)
              + " is not due yet for " + facts + " (" + since + "); next step on " + next + ".",
              customerId, currency, previous, overdue))
          .build();
    }
    DunningLevel level = policy.level(target);
    if (lastNotice.isPresent() && asOf.isBefore(lastNotice.get().plusDays(level.waitDays()))) {
      LocalDate next = lastNotice.get().plusDays(level.waitDays());
      return noAction(proposal, zero).exclusion(ExclusionReason.WAITING).nextStepDate(next)
          .explanation(explanation(ExclusionReason.WAITING, "Level " + target + " waits "
              + level.waitDays() + " days after the last notice of " + lastNotice.get() + " for "
              + facts + "; next step on " + next + ".", customerId, currency, previous, overdue))
          .build();
    }
    Money minimum = level.minimum(currency);
    Money credited = Monies.sum(currency, credits.stream().map(OpenItem::openAmount).toList());
    Money claimed = overdue.plus(credited);
    boolean below = credits.isEmpty() ? overdue.isLessThan(minimum)
        : !claimed.isGreaterThan(minimum);
    if (below) {
      String what = credits.isEmpty() ? "The overdue amount " + amount(overdue) + " is below"
          : "The overdue amount " + amount(overdue) + " less open credits "
              + amount(credited.negated()) + " (" + credits.size() + " credit note(s) or "
              + "unapplied payment(s)) leaves " + amount(claimed) + ", at or under";
      return noAction(proposal, zero).exclusion(ExclusionReason.BELOW_MINIMUM)
          .explanation(explanation(ExclusionReason.BELOW_MINIMUM, what + " the minimum "
              + amount(minimum) + " of level " + target + "; nothing is dunned.", customerId,
              currency, previous, overdue))
          .build();
    }
    Money fee = level.fee(currency);
    Money interestAmount = Money.zero(currency);
    Money compensation = Money.zero(currency);
    Optional<InterestRegime> regime = Optional.empty();
    LateInterestCalculator calculator = interest.get(currency);
    if (level.isInterest() && calculator != null) {
      regime = Optional.of(calculator.regime());
      BigDecimal exact = BigDecimal.ZERO;
      for (OpenItem item : candidates) {
        exact = exact.add(calculator.exactInterest(item.openAmount(), item.dueDate(), asOf));
      }
      interestAmount = Monies.round(currency, exact);
      if (calculator.regime().compensationCurrency().equals(currency)) {
        for (OpenItem item : candidates) {
          compensation = compensation.plus(calculator.regime().compensation(item.openAmount()));
        }
      }
    }
    Optional<LocalDate> next = target < policy.topLevel()
        ? Optional.of(nextStep(target + 1, oldest, Optional.of(asOf))) : Optional.empty();
    StringBuilder sentence = new StringBuilder("Level ").append(target).append(' ')
        .append(level.channel()).append(" for ").append(facts).append(" (").append(since)
        .append(')');
    if (!credits.isEmpty()) {
      sentence.append("; less open credits ").append(amount(credited.negated()))
          .append(", claimed ").append(amount(claimed));
    }
    if (fee.isPositive()) {
      sentence.append("; fee ").append(Monies.format(fee));
    }
    if (regime.isPresent()) {
      sentence.append("; ").append(regime.get().id()).append(" interest ")
          .append(Monies.format(interestAmount)).append(" and compensation ")
          .append(Monies.format(compensation));
    } else if (level.isInterest()) {
      sentence.append("; no statutory interest regime is set for ").append(currency.getCode());
    }
    sentence.append(next.map(d -> "; next step on " + d).orElse("; last level")).append('.');
    Explanation.Builder why = Explanation.builder().ruleId(RULE_ID).sentence(sentence.toString())
        .addReasonCodes("LEVEL_" + target, level.channel().name());
    if (level.isInterest() && regime.isEmpty()) {
      why.addReasonCodes("NO_INTEREST_REGIME");
    }
    if (someExcluded) {
      why.addReasonCodes("ITEMS_EXCLUDED");
    }
    if (!credits.isEmpty()) {
      why.addReasonCodes("CREDITS_DEDUCTED");
    }
    why.putFacts("policy", policy.name()).putFacts("customer_id", customerId.value())
        .putFacts("currency", currency.getCode()).putFacts("previous_level",
            Integer.toString(previous))
        .putFacts("level", Integer.toString(target)).putFacts("overdue", overdue.toString())
        .putFacts("max_days_overdue", Long.toString(maxDays));
    if (!credits.isEmpty()) {
      why.putFacts("credits", credited.toString()).putFacts("claimed", claimed.toString());
    }
    return proposal.level(level).overdueAmount(overdue).addAllCoveredItems(candidates)
        .addAllCredits(credits).creditAmount(credited)
        .fee(fee).interest(interestAmount).compensation(compensation).interestRegime(regime)
        .nextStepDate(next).explanation(why.build()).build();
  }

  private LocalDate nextStep(int nextLevel, OpenItem oldest, Optional<LocalDate> lastNotice) {
    DunningLevel level = policy.level(nextLevel);
    LocalDate byAge = oldest.dueDate().plusDays(level.daysOverdue());
    LocalDate byWait = lastNotice.map(d -> d.plusDays(level.waitDays())).orElse(byAge);
    return byAge.isAfter(byWait) ? byAge : byWait;
  }

  private static Optional<ExclusionReason> accountExclusion(CustomerId customer,
      DunningExclusions exclusions) {
    if (exclusions.legalEscalationCustomers().contains(customer)) {
      return Optional.of(ExclusionReason.LEGAL_ESCALATION);
    }
    if (exclusions.paymentPlanCustomers().contains(customer)) {
      return Optional.of(ExclusionReason.PAYMENT_PLAN);
    }
    if (exclusions.promisedCustomers().contains(customer)) {
      return Optional.of(ExclusionReason.UNDER_PROMISE);
    }
    return Optional.empty();
  }

  private static Optional<ExclusionReason> itemExclusion(OpenItem item,
      DunningExclusions exclusions) {
    if (item.isDisputed() || exclusions.disputedDocuments().contains(item.documentId())) {
      return Optional.of(ExclusionReason.DISPUTED);
    }
    if (exclusions.paymentPlanDocuments().contains(item.documentId())) {
      return Optional.of(ExclusionReason.PAYMENT_PLAN);
    }
    if (exclusions.promisedDocuments().contains(item.documentId())) {
      return Optional.of(ExclusionReason.UNDER_PROMISE);
    }
    return Optional.empty();
  }

  private Explanation explanation(ExclusionReason reason, String sentence, CustomerId customer,
      CurrencyUnit currency, int previous, Money overdue) {
    return Explanation.builder().ruleId(RULE_ID).sentence(sentence)
        .addReasonCodes(reason.name())
        .putFacts("policy", policy.name()).putFacts("customer_id", customer.value())
        .putFacts("currency", currency.getCode())
        .putFacts("previous_level", Integer.toString(previous))
        .putFacts("overdue", overdue.toString())
        .build();
  }

  private static String describe(ExclusionReason reason) {
    return reason.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
  }

  private static String amount(Money money) {
    return Monies.format(money) + " " + money.getCurrencyUnit().getCode();
  }

  private static DunningProposal.Builder noAction(DunningProposal.Builder proposal, Money zero) {
    return proposal.overdueAmount(zero).creditAmount(zero).fee(zero).interest(zero)
        .compensation(zero);
  }
}
