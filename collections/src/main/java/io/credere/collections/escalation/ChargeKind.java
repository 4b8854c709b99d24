package io.credere.collections.escalation;

/** What a charge added to a collection case is. */
public enum ChargeKind {
  /** Late-payment interest accrued on the debt. */
  INTEREST,
  /** Costs: dunning fees, fixed compensation, agency or legal fees. */
  COST
}
