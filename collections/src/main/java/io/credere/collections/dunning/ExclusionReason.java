package io.credere.collections.dunning;

/**
 * Why an overdue item or a whole account gets no dunning action in a run. Every exclusion is
 * recorded in the {@link DunningProposal}, never dropped silently.
 */
public enum ExclusionReason {
  /** The item is disputed (flagged in the ledger or by an open dispute of the host). */
  DISPUTED,
  /** The item or account is under a kept or open promise to pay. */
  UNDER_PROMISE,
  /** The item or account is in an active payment plan. */
  PAYMENT_PLAN,
  /** The account is in legal escalation: dunning has ended. */
  LEGAL_ESCALATION,
  /** The overdue amount is below the level's minimum. */
  BELOW_MINIMUM,
  /**
   * The next level is not due yet: the oldest item is not old enough, or the waiting days since
   * the last notice have not passed.
   */
  WAITING,
  /** The last level of the policy has been sent; escalation is the next step. */
  FINAL_LEVEL_REACHED,
  /** Every overdue item of the account is excluded for an item reason. */
  ALL_ITEMS_EXCLUDED
}
