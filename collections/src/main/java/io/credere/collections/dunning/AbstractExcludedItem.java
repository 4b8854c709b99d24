package io.credere.collections.dunning;

import io.credere.core.id.DocumentId;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * An overdue item (or the disputed part of one) left out of a dunning proposal, with why. Use the generated
 * {@code ExcludedItem.of(documentId, openAmount, reason)}. Immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractExcludedItem {

  /** The document. */
  @Value.Parameter
  public abstract DocumentId documentId();

  /** The amount left out: the open amount, or the disputed part of a partly disputed item. */
  @Value.Parameter
  public abstract Money openAmount();

  /** Why it is left out. */
  @Value.Parameter
  public abstract ExclusionReason reason();
}
