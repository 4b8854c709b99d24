package io.credere.collections.dunning;

import io.credere.core.id.DocumentId;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * An overdue item left out of a dunning proposal, with why. Use the generated
 * {@code ExcludedItem.of(documentId, openAmount, reason)}. Immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractExcludedItem {

  /** The document. */
  @Value.Parameter
  public abstract DocumentId documentId();

  /** Its open amount. */
  @Value.Parameter
  public abstract Money openAmount();

  /** Why it is left out. */
  @Value.Parameter
  public abstract ExclusionReason reason();
}
