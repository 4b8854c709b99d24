package io.credere.statements;

import io.credere.core.error.ValidationException;
import io.credere.core.explain.Explanation;
import io.credere.core.money.Monies;
import java.util.Optional;
import org.joda.money.Money;

/**
 * The balance control of one statement: opening balance + booked credits - booked debits must
 * equal the closing balance. A result, not an exception: a host decides whether
 * {@link Status#UNBALANCED} is an error ({@link #requireBalanced(String)}) or a warning.
 *
 * <p>Immutable and thread-safe.
 */
public final class BalanceCheck {

  /** The outcome of the control. */
  public enum Status {
    /** The balances agree with the booked entries. */
    BALANCED,
    /** They do not: {@link #difference()} says by how much. */
    UNBALANCED,
    /** The statement lacks a balance (camt.054, MT942) or mixes currencies. */
    NOT_CHECKED
  }

  private final Status status;
  private final Money computedClosing;
  private final Money closing;
  private final Explanation explanation;

  private BalanceCheck(Status status, Money computedClosing, Money closing,
      Explanation explanation) {
    this.status = status;
    this.computedClosing = computedClosing;
    this.closing = closing;
    this.explanation = explanation;
  }

  /**
   * Checks {@code opening + credits - debits == closing}; any part absent (or in another currency)
   * gives {@link Status#NOT_CHECKED}.
   */
  public static BalanceCheck of(Optional<Money> opening, Optional<Money> credits,
      Optional<Money> debits, Optional<Money> closing) {
    if (opening.isEmpty() || closing.isEmpty() || credits.isEmpty() || debits.isEmpty()) {
      return new BalanceCheck(Status.NOT_CHECKED, null, null, Explanation.of("BALANCE_CONTROL",
          "The statement gives no opening and closing balance to check the entries against."));
    }
    Money open = opening.get();
    if (!open.isSameCurrency(closing.get()) || !open.isSameCurrency(credits.get())
        || !open.isSameCurrency(debits.get())) {
      return new BalanceCheck(Status.NOT_CHECKED, null, null, Explanation.of("BALANCE_CONTROL",
          "The balances and entries are in different currencies, so they cannot be added up."));
    }
    Money computed = open.plus(credits.get()).minus(debits.get());
    boolean balanced = computed.isEqual(closing.get());
    String sentence = "Opening " + text(open) + " + credits " + text(credits.get())
        + " - debits " + text(debits.get()) + " = " + text(computed)
        + (balanced ? ", which is the closing balance." : ", but the closing balance is "
            + text(closing.get()) + " (difference " + text(closing.get().minus(computed)) + ").");
    Explanation explanation = Explanation.builder()
        .ruleId("BALANCE_CONTROL")
        .sentence(sentence)
        .addReasonCodes(balanced ? "BALANCED" : "UNBALANCED")
        .putFacts("opening", text(open))
        .putFacts("credits", text(credits.get()))
        .putFacts("debits", text(debits.get()))
        .putFacts("closing", text(closing.get()))
        .build();
    return new BalanceCheck(balanced ? Status.BALANCED : Status.UNBALANCED, computed,
        closing.get(), explanation);
  }

  private static String text(Money money) {
    return money.getCurrencyUnit().getCode() + " " + Monies.format(money);
  }

  /** The outcome. */
  public Status status() {
    return status;
  }

  /** Whether the balances agree. */
  public boolean isBalanced() {
    return status == Status.BALANCED;
  }

  /** Opening + credits - debits, when checked. */
  public Optional<Money> computedClosing() {
    return Optional.ofNullable(computedClosing);
  }

  /** Closing balance minus the computed closing balance, when checked (zero when balanced). */
  public Optional<Money> difference() {
    return computedClosing == null ? Optional.empty()
        : Optional.of(closing.minus(computedClosing));
  }

  /** Why, in one sentence with the figures. */
  public Explanation explanation() {
    return explanation;
  }

  /**
   * Treats an unbalanced statement as an error.
   *
   * @param statement how to name the statement in the message (source and statement id)
   * @return this check, when not unbalanced
   * @throws ValidationException when the balances do not agree
   */
  public BalanceCheck requireBalanced(String statement) {
    if (status == Status.UNBALANCED) {
      throw ValidationException.of("closing balance", Optional.of(text(closing)),
          "of " + statement + " does not agree with its entries: "
              + explanation.sentence());
    }
    return this;
  }

  /** {@code BALANCED}, {@code NOT_CHECKED} or {@code UNBALANCED by EUR 1.00}. */
  @Override
  public String toString() {
    return status == Status.UNBALANCED ? "UNBALANCED by " + text(difference().orElseThrow())
        : status.name();
  }
}
