package io.credere.statements;

import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * One charge a statement reports on a transaction: camt {@code Chrgs} (a {@code Rcrd} in
 * 001.03 and later, the {@code Chrgs} element itself in 001.02) or MT940 {@code /CHGS/}.
 *
 * <p>{@link #includedInBookedAmount()} says whether the charge was deducted from (for a credit)
 * or added to (for a debit) the amount booked on the account: camt {@code ChrgInclInd}, true
 * where the file does not say. Use the generated {@code Charge.builder()}. Immutable and
 * thread-safe.
 */
@Value.Immutable
abstract class AbstractCharge {

  /** The charge, never negative, in the currency the file gives. */
  public abstract Money amount();

  /** Whether the booked amount already takes the charge into account; defaults to true. */
  @Value.Default
  public boolean includedInBookedAmount() {
    return true;
  }

  /** Who bears the charge, when the file says ({@code Br}). */
  public abstract Optional<ChargeBearer> bearer();

  /** The charge type code as written ({@code Tp/Cd} such as {@code COMM}), when given. */
  public abstract Optional<String> type();

  @Value.Check
  void check() {
    if (amount().isNegative()) {
      throw new IllegalArgumentException("Charge must not be negative, but was " + amount());
    }
  }
}
