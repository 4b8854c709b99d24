package io.credere.allocation;

import io.credere.core.item.OpenItem;
import org.joda.money.Money;

/**
 * {@code FIFO_OLDEST_FIRST} (off by default): for an identified customer without references,
 * settles whole open debit items oldest due first while the cash lasts; the rest stays on
 * account. No item is paid in part (a difference needs a reference naming the document).
 */
final class FifoOldestFirst implements AllocationRule {

  @Override
  public String id() {
    return "FIFO_OLDEST_FIRST";
  }

  @Override
  public void apply(AllocationWork work) {
    if (work.customerId().isEmpty() || !work.references().isEmpty()
        || work.hasForeignReferences()) {
      return;
    }
    boolean any = false;
    for (OpenItem item : work.openItems()) {
      Money open = work.openAmount(item);
      if (item.documentType().isDebit() && open.isPositive()
          && !open.isGreaterThan(work.remaining())) {
        work.allocate(item, open, Sentences.document(work, id(), "OLDEST_FIRST", item, open,
            "No reference given; " + item.documentId().value() + " (due " + item.dueDate()
                + ") settled oldest first by the host's FIFO policy."));
        any = true;
      }
    }
    if (any) {
      work.decide(id());
    }
  }
}
