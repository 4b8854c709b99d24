package io.credere.core.terms;

/**
 * What to do with a date that is not a business day.
 */
public enum RollConvention {
  /** Keep the date as it is. */
  NONE,
  /** Move to the next business day. */
  FOLLOWING,
  /**
   * Move to the next business day unless that is in the next month; then move to the previous
   * business day.
   */
  MODIFIED_FOLLOWING,
  /** Move to the previous business day. */
  PRECEDING
}
