package io.credere.aging;

import io.credere.core.Checks;
import io.credere.core.id.DocumentId;
import io.credere.core.item.OpenItem;
import java.time.LocalDate;
import java.util.Map;

/**
 * How an open item is dated for aging: the date its age counts from. The default,
 * {@link #standard()}, follows the contract (the due date on basis {@link AgingBasis#DUE_DATE},
 * the document date on {@link AgingBasis#DOCUMENT_DATE}); a host may age from a promised date
 * ({@link #promisedDates(Map)}) or any date of its own.
 *
 * <p>To age disputed items apart, build one report over the disputed items and one over the rest
 * (the two merge back into the whole, see {@link AgingReport#merge(AgingReport)}).
 *
 * <p>Built-ins: {@link #standard()}, {@link #promisedDates(Map)}. Implementations must be
 * immutable and thread-safe.
 */
@FunctionalInterface
public interface ItemDating {

  /**
   * The date from which {@code item} is aged on {@code basis}.
   *
   * @param item an open item, never null
   * @param basis the report's basis, never null
   * @return a date, never null (any date: a date after the as-of date gives age &lt;= 0)
   */
  LocalDate agingDate(OpenItem item, AgingBasis basis);

  /** The contract's dating: due date or document date, as the basis says. */
  static ItemDating standard() {
    return StandardDating.INSTANCE;
  }

  /**
   * Ages an item from the date its customer promised to pay it, where there is a promise, and
   * by {@link #standard()} otherwise.
   *
   * @param promised promised payment date by document; copied
   */
  static ItemDating promisedDates(Map<DocumentId, LocalDate> promised) {
    Map<DocumentId, LocalDate> copy = Map.copyOf(Checks.notNull(promised, "promised"));
    return (item, basis) -> {
      LocalDate date = copy.get(item.documentId());
      return date != null ? date : standard().agingDate(item, basis);
    };
  }
}

/** The contract's dating, a singleton. */
enum StandardDating implements ItemDating {
  INSTANCE;

  @Override
  public LocalDate agingDate(OpenItem item, AgingBasis basis) {
    return basis == AgingBasis.DUE_DATE ? item.dueDate() : item.documentDate();
  }

  @Override
  public String toString() {
    return "ItemDating.standard()";
  }
}
