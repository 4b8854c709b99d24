package io.credere.collections.refund;

import io.credere.core.id.DocumentId;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * A proposed offset: {@link #amount()} (positive) of credit document {@link #credit()} applied
 * to invoice {@link #invoice()}. Immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractOffset {

  /** The credit note or payment on account giving the credit. */
  public abstract DocumentId credit();

  /** The open invoice or debit note it settles. */
  public abstract DocumentId invoice();

  /** The amount offset, positive. */
  public abstract Money amount();
}
