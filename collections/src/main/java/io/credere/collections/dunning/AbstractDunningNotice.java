package io.credere.collections.dunning;

import io.credere.core.id.CustomerId;
import io.credere.core.id.DocumentId;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;
import org.joda.money.CurrencyUnit;

/**
 * A dunning notice already sent: to whom, in which currency, at which level, on which date, and
 * the documents it covered (empty: the whole account in that currency). The run reads the
 * history of notices to know each account's current level.
 *
 * <p>Use the generated {@code DunningNotice.builder()}. Immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractDunningNotice {

  /** The customer. */
  public abstract CustomerId customerId();

  /** The currency of the documents dunned. */
  public abstract CurrencyUnit currency();

  /** The level sent. */
  public abstract int level();

  /** The date it was sent. */
  public abstract LocalDate date();

  /** The documents it covered; empty for the whole account. */
  public abstract List<DocumentId> documents();

  /** Whether the notice covered {@code document}. */
  public final boolean covers(DocumentId document) {
    return documents().isEmpty() || documents().contains(document);
  }
}
