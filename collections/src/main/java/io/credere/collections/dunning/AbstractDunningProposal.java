package io.credere.collections.dunning;

import io.credere.collections.interest.InterestRegime;
import io.credere.core.explain.Explanation;
import io.credere.core.id.CustomerId;
import io.credere.core.id.DocumentId;
import io.credere.core.item.OpenItem;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * The dunning run's outcome for one customer and currency that has overdue items: either an
 * action (a {@link #level()} to send, the items it covers, fee, interest, compensation) or no
 * action with the reason ({@link #exclusion()}); either way the items left out and why, the date
 * of the next step, and an {@link io.credere.core.explain.Explanation}.
 *
 * <p>Invariant: {@link #overdueAmount()} is the sum of the covered items' open amounts. Use the
 * generated {@code DunningProposal}. Immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractDunningProposal {

  /** The customer. */
  public abstract CustomerId customerId();

  /** The customer's name, when the customer is known. */
  public abstract Optional<String> customerName();

  /** The currency of the items. */
  public abstract CurrencyUnit currency();

  /** The level to send now; absent when no action is proposed. */
  public abstract Optional<DunningLevel> level();

  /** The highest level already sent for the covered items (0 for none). */
  public abstract int previousLevel();

  /** The overdue items the action covers, oldest due date first; empty without an action. */
  public abstract List<OpenItem> coveredItems();

  /**
   * The customer's open credit notes and unapplied cash in the currency, listed on the notice
   * and deducted from the claim; empty without an action.
   */
  public abstract List<OpenItem> credits();

  /** The overdue items left out, with why. */
  public abstract List<ExcludedItem> excludedItems();

  /** Why no action is proposed; absent when there is an action. */
  public abstract Optional<ExclusionReason> exclusion();

  /** The open amount of every overdue item of the account, covered or not. */
  public abstract Money accountOverdue();

  /** The sum of the covered items' open amounts (zero without an action). */
  public abstract Money overdueAmount();

  /** The sum of the {@link #credits()}' open amounts: zero or negative. */
  public abstract Money creditAmount();

  /** The level's fee (zero without an action or fee). */
  public abstract Money fee();

  /** Statutory interest to the as-of date, summed exactly over the covered items, rounded once. */
  public abstract Money interest();

  /** Fixed statutory compensation, one per covered item (zero when not claimed). */
  public abstract Money compensation();

  /** The regime interest and compensation were computed under, when claimed. */
  public abstract Optional<InterestRegime> interestRegime();

  /** When the next step (the next level, or escalation) falls due, when there is one. */
  public abstract Optional<LocalDate> nextStepDate();

  /** Why. */
  public abstract Explanation explanation();

  @Value.Check
  void check() {
    Money covered = io.credere.core.money.Monies.sum(currency(),
        coveredItems().stream().map(OpenItem::openAmount).toList());
    if (!covered.equals(overdueAmount())) {
      throw new IllegalStateException("Overdue amount " + overdueAmount()
          + " is not the sum of the covered items " + covered + " for " + customerId());
    }
    Money credited = io.credere.core.money.Monies.sum(currency(),
        credits().stream().map(OpenItem::openAmount).toList());
    if (!credited.equals(creditAmount()) || creditAmount().isPositive()) {
      throw new IllegalStateException("Credit amount " + creditAmount()
          + " is not the sum of the listed credits " + credited + " for " + customerId());
    }
    if (level().isPresent() == exclusion().isPresent()) {
      throw new IllegalStateException("A proposal has either a level or an exclusion reason");
    }
  }

  /** Whether an action is proposed. */
  public final boolean isAction() {
    return level().isPresent();
  }

  /** The covered documents, in order. */
  public final List<DocumentId> documents() {
    return coveredItems().stream().map(OpenItem::documentId).toList();
  }

  /** The overdue amount less the customer's open credits: the principal the notice claims. */
  public final Money claimedAmount() {
    return overdueAmount().plus(creditAmount());
  }

  /**
   * The claimed amount (overdue less credits), fee, interest and compensation: what the notice
   * claims in total.
   */
  public final Money totalClaim() {
    return claimedAmount().plus(fee()).plus(interest()).plus(compensation());
  }

  /** The channel of the action, when there is one. */
  public final Optional<DunningChannel> channel() {
    return level().map(DunningLevel::channel);
  }
}
