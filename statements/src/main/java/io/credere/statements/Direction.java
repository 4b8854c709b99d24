package io.credere.statements;

/** How money moved on the account: {@link #CREDIT} into it, {@link #DEBIT} out of it. */
public enum Direction {
  /** Money into the account (a customer's payment, a returned debit). */
  CREDIT,
  /** Money out of the account (a supplier payment, a bank charge, a reversed credit). */
  DEBIT;

  /** The other direction (what a reversal of this direction is). */
  public Direction reversed() {
    return this == CREDIT ? DEBIT : CREDIT;
  }
}
