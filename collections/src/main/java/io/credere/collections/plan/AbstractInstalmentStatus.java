package io.credere.collections.plan;

import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * An instalment with what has been allocated to it (payments go to the oldest instalment first)
 * and what is still open. {@code paid + open = instalment.amount()}, neither negative.
 * Immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractInstalmentStatus {

  /** The instalment. */
  public abstract Instalment instalment();

  /** What has been allocated to it, from zero to its amount. */
  public abstract Money paid();

  /** What is still open of it. */
  public final Money open() {
    return instalment().amount().minus(paid());
  }

  /** Whether it is paid in full. */
  public final boolean isPaid() {
    return open().isZero();
  }
}
