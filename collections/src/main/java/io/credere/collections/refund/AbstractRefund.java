package io.credere.collections.refund;

import io.credere.core.id.DocumentId;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * A proposed refund of {@link #amount()} (positive) of credit document {@link #credit()}.
 * Immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractRefund {

  /** The credit note or payment on account refunded. */
  public abstract DocumentId credit();

  /** The amount refunded, positive. */
  public abstract Money amount();
}
