package io.credere.scoring;

import io.credere.core.Checks;
import io.credere.core.item.OpenItem;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import org.joda.money.Money;

/**
 * The built-in credit check rules, with their reason codes.
 *
 * <ul>
 *   <li>{@link #knockedOut()}: {@code KNOCKED_OUT}, BLOCK;
 *   <li>{@link #onHold()}: {@code CUSTOMER_ON_HOLD}, HOLD;
 *   <li>{@link #noLimit()}: {@code NO_CREDIT_LIMIT}, HOLD (no credit without a limit);
 *   <li>{@link #overLimit()}: {@code OVER_LIMIT}, HOLD, exposure above the limit;
 *   <li>{@link #nearLimit(int)}: {@code NEAR_LIMIT}, WATCH, exposure at or above a percentage of
 *       the limit (and not over it);
 *   <li>{@link #overdue(int, int)}: {@code OVERDUE_BEYOND_<N>_DAYS}, WATCH or HOLD by the
 *       oldest undisputed overdue item;
 *   <li>{@link #reviewOverdue()}: {@code REVIEW_OVERDUE}, WATCH;
 *   <li>{@link #standard()}: all of them, near limit at 90%, overdue WATCH beyond 30 and HOLD
 *       beyond 60 days.
 * </ul>
 */
public final class CreditCheckRules {

  private CreditCheckRules() {}

  /** The default chain (see the class description). */
  public static List<CreditCheckRule> standard() {
    return List.of(knockedOut(), onHold(), noLimit(), overLimit(), nearLimit(90), overdue(30, 60),
        reviewOverdue());
  }

  /** A knock-out blocks. */
  public static CreditCheckRule knockedOut() {
    return (request, exposure) -> request.knockOut().map(k -> CheckFinding.of(
        CheckDecision.BLOCK, "KNOCKED_OUT", "Knocked out (" + k.reasonCode() + "): "
            + k.explanation().sentence()));
  }

  /** An account on credit hold holds. */
  public static CreditCheckRule onHold() {
    return (request, exposure) -> request.customer().isOnCreditHold()
        ? Optional.of(CheckFinding.of(CheckDecision.HOLD, "CUSTOMER_ON_HOLD",
            "The account is on credit hold."))
        : Optional.empty();
  }

  /** No limit set holds. */
  public static CreditCheckRule noLimit() {
    return (request, exposure) -> request.customer().creditLimit().isEmpty()
        ? Optional.of(CheckFinding.of(CheckDecision.HOLD, "NO_CREDIT_LIMIT",
            "No credit limit is set."))
        : Optional.empty();
  }

  /** Exposure above the limit holds, saying by how much. */
  public static CreditCheckRule overLimit() {
    return (request, exposure) -> request.customer().creditLimit()
        .filter(limit -> exposure.total().isGreaterThan(limit))
        .map(limit -> CheckFinding.of(CheckDecision.HOLD, "OVER_LIMIT", "Exposure "
            + LimitPolicies.text(exposure.total()) + " exceeds the limit "
            + LimitPolicies.text(limit) + " by "
            + LimitPolicies.text(exposure.total().minus(limit)) + "."));
  }

  /** Exposure at or above {@code percent} of the limit (not over it) is watched. */
  public static CreditCheckRule nearLimit(int percent) {
    Checks.positive(percent, "percent");
    return (request, exposure) -> request.customer().creditLimit()
        .filter(limit -> limit.isPositive() && !exposure.total().isGreaterThan(limit)
            && exposure.total().getAmount().multiply(BigDecimal.valueOf(100))
                .compareTo(limit.getAmount().multiply(BigDecimal.valueOf(percent))) >= 0)
        .map(limit -> CheckFinding.of(CheckDecision.WATCH, "NEAR_LIMIT", "Exposure "
            + LimitPolicies.text(exposure.total()) + " uses "
            + exposure.total().getAmount().multiply(BigDecimal.valueOf(100))
                .divide(limit.getAmount(), 1, RoundingMode.HALF_EVEN).toPlainString()
            + "% of the limit " + LimitPolicies.text(limit) + "."));
  }

  /**
   * The oldest undisputed overdue debit item: beyond {@code holdAfterDays} days past due holds,
   * beyond {@code watchAfterDays} watches.
   */
  public static CreditCheckRule overdue(int watchAfterDays, int holdAfterDays) {
    Checks.notNegative(watchAfterDays, "watchAfterDays");
    Checks.argument(holdAfterDays >= watchAfterDays,
        "holdAfterDays must not be below watchAfterDays");
    return (request, exposure) -> {
      Optional<OpenItem> oldest = request.account().oldestOverdue(request.asOf());
      if (oldest.isEmpty()) {
        return Optional.empty();
      }
      long days = oldest.get().daysPastDue(request.asOf());
      int threshold = days > holdAfterDays ? holdAfterDays : watchAfterDays;
      if (days <= watchAfterDays) {
        return Optional.empty();
      }
      CheckDecision decision = days > holdAfterDays ? CheckDecision.HOLD : CheckDecision.WATCH;
      Money open = oldest.get().openAmount();
      return Optional.of(CheckFinding.of(decision, "OVERDUE_BEYOND_" + threshold + "_DAYS",
          oldest.get().documentId().value() + " (" + LimitPolicies.text(open) + ") is " + days
              + " days past due."));
    };
  }

  /** A scheduled review date before the check's date is watched. */
  public static CreditCheckRule reviewOverdue() {
    return (request, exposure) -> request.nextReview().filter(d -> d.isBefore(request.asOf()))
        .map(d -> CheckFinding.of(CheckDecision.WATCH, "REVIEW_OVERDUE",
            "The credit review due " + d + " is overdue."));
  }
}
