package io.credere.collections.promise;

import io.credere.core.error.ValidationException;
import io.credere.core.id.DocumentId;
import io.credere.core.id.PaymentId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * A payment as the collections machines see it: on {@code date}, {@code amount} was applied to
 * {@code documents} (cash application decided which; an empty list means on account, not
 * applied to a named document). The amount is positive.
 *
 * <p>Use the generated {@code AppliedPayment.of(date, amount, documents)} or the builder.
 * Immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractAppliedPayment {

  /** The date the cash arrived (value date). */
  @Value.Parameter
  public abstract LocalDate date();

  /** The amount applied, positive. */
  @Value.Parameter
  public abstract Money amount();

  /** The documents it was applied to; empty for cash on account. */
  @Value.Parameter
  public abstract List<DocumentId> documents();

  /** The payment's id, when known. */
  public abstract Optional<PaymentId> paymentId();

  /** The payment's currency. */
  public final CurrencyUnit currency() {
    return amount().getCurrencyUnit();
  }

  /** Whether it was applied to at least one of {@code ids}, or to none named (on account). */
  public final boolean touchesAnyOf(List<DocumentId> ids) {
    return documents().isEmpty() || ids.isEmpty() || documents().stream().anyMatch(ids::contains);
  }

  @Value.Check
  void check() {
    if (!amount().isPositive()) {
      throw ValidationException.of("amount", Optional.of(amount().toString()),
          "must be positive for an applied payment");
    }
  }
}
