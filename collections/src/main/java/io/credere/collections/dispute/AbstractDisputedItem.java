package io.credere.collections.dispute;

import io.credere.core.id.CustomerId;
import io.credere.core.id.DocumentId;
import java.util.List;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * A document with an amount under open dispute: what a dunning run leaves out (the sum of the
 * document's open disputes) and which disputes hold it. Immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractDisputedItem {

  /** The customer. */
  public abstract CustomerId customerId();

  /** The document. */
  public abstract DocumentId documentId();

  /** The amount under open dispute, positive. */
  public abstract Money amount();

  /** The ids of the open disputes on the document. */
  public abstract List<String> disputeIds();
}
