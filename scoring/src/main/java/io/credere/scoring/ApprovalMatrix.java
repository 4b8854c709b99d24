package io.credere.scoring;

import io.credere.core.Checks;
import io.credere.core.explain.Explanation;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.joda.money.Money;

/**
 * Who must approve a credit limit: the first level (lowest first) whose limit and increase
 * ceilings both allow the change. Immutable and thread-safe.
 */
public final class ApprovalMatrix {

  private final List<ApprovalLevel> levels;

  private ApprovalMatrix(List<ApprovalLevel> levels) {
    this.levels = List.copyOf(levels);
    Checks.argument(!this.levels.isEmpty(), "An approval matrix needs a level");
  }

  /** A matrix of {@code levels}, lowest authority first. */
  public static ApprovalMatrix of(List<ApprovalLevel> levels) {
    return new ApprovalMatrix(Checks.notNull(levels, "levels"));
  }

  /**
   * CREDIT_CONTROLLER (limit up to 25,000, increase up to 10,000), CREDIT_MANAGER (100,000 /
   * 50,000), CFO (500,000 / 250,000), BOARD (any).
   */
  public static ApprovalMatrix standard() {
    return of(List.of(
        level("CREDIT_CONTROLLER", "25000", "10000"),
        level("CREDIT_MANAGER", "100000", "50000"),
        level("CFO", "500000", "250000"),
        ApprovalLevel.builder().role("BOARD").build()));
  }

  private static ApprovalLevel level(String role, String maxLimit, String maxIncrease) {
    return ApprovalLevel.builder().role(role).maxLimit(new BigDecimal(maxLimit))
        .maxIncrease(new BigDecimal(maxIncrease)).build();
  }

  /** The levels, lowest first. */
  public List<ApprovalLevel> levels() {
    return levels;
  }

  /**
   * Who approves moving from {@code current} (absent: no limit yet, an increase from zero) to
   * {@code proposed}: the first level allowing both; the last level when none does. Explained.
   */
  public Explanation approver(Optional<Money> current, Money proposed) {
    Checks.notNull(current, "current");
    Checks.notNull(proposed, "proposed");
    BigDecimal before = current.map(Money::getAmount).orElse(BigDecimal.ZERO);
    BigDecimal increase = proposed.getAmount().subtract(before).max(BigDecimal.ZERO);
    ApprovalLevel chosen = levels.get(levels.size() - 1);
    for (ApprovalLevel level : levels) {
      boolean limitOk = level.maxLimit().map(m -> proposed.getAmount().compareTo(m) <= 0)
          .orElse(true);
      boolean increaseOk = level.maxIncrease().map(m -> increase.compareTo(m) <= 0).orElse(true);
      if (limitOk && increaseOk) {
        chosen = level;
        break;
      }
    }
    return Explanation.builder()
        .ruleId("APPROVAL_MATRIX")
        .sentence(chosen.role() + " approves a limit of " + LimitPolicies.text(proposed)
            + " (an increase of " + increase.toPlainString() + ").")
        .addReasonCodes("APPROVER_" + chosen.role())
        .putFacts("approver", chosen.role())
        .putFacts("proposed", LimitPolicies.text(proposed))
        .putFacts("increase", increase.toPlainString())
        .build();
  }
}
