package io.credere.collections.plan;

/** How a payment plan charges interest. */
public enum InterestMethod {
  /** No interest: the instalments sum to the debt. */
  NONE,
  /**
   * Flat: the whole debt bears interest from the plan's start to the last due date, as if
   * nothing were repaid: {@code debt x rate x days / 365}; spread over the instalments in
   * proportion to their principal.
   */
  FLAT,
  /**
   * Declining balance: each instalment carries the interest of the principal still outstanding
   * over its period (from the previous due date, or the start, to its own due date):
   * {@code outstanding x rate x days / 365}.
   */
  DECLINING_BALANCE
}
