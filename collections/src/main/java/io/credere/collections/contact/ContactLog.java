package io.credere.collections.contact;

import io.credere.core.Checks;
import io.credere.core.id.CustomerId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The contact log: records in time order (by date, records of one date in the order given).
 * Records are never edited or removed; {@link #append} returns a new log.
 *
 * <p>Immutable and thread-safe.
 */
public final class ContactLog {

  private static final ContactLog EMPTY = new ContactLog(List.of());

  private final List<ContactRecord> records;

  private ContactLog(List<ContactRecord> records) {
    this.records = records;
  }

  /** A log with no records. */
  public static ContactLog empty() {
    return EMPTY;
  }

  /** A log of {@code records}, put in date order (stable for records of the same date). */
  public static ContactLog of(Collection<ContactRecord> records) {
    List<ContactRecord> sorted = new ArrayList<>(Checks.notNull(records, "records"));
    sorted.forEach(r -> Checks.notNull(r, "record"));
    sorted.sort(Comparator.comparing(ContactRecord::date));
    return new ContactLog(List.copyOf(sorted));
  }

  /** A new log with {@code record} added after the records of its date. */
  public ContactLog append(ContactRecord record) {
    List<ContactRecord> next = new ArrayList<>(records);
    next.add(Checks.notNull(record, "record"));
    return of(next);
  }

  /** Every record, in date order. */
  public List<ContactRecord> records() {
    return records;
  }

  /** The records of one customer, in date order. */
  public List<ContactRecord> forCustomer(CustomerId customerId) {
    Checks.notNull(customerId, "customerId");
    return records.stream().filter(r -> r.customerId().equals(customerId)).toList();
  }

  /** The latest record of a customer, when there is one. */
  public Optional<ContactRecord> findLatest(CustomerId customerId) {
    List<ContactRecord> own = forCustomer(customerId);
    return own.isEmpty() ? Optional.empty() : Optional.of(own.get(own.size() - 1));
  }

  /** The records that carry a promise to pay, in date order. */
  public List<ContactRecord> promises() {
    return records.stream().filter(ContactRecord::isPromise).toList();
  }

  /** How many records the log holds. */
  public int size() {
    return records.size();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ContactLog log && log.records.equals(records);
  }

  @Override
  public int hashCode() {
    return records.hashCode();
  }

  @Override
  public String toString() {
    return "ContactLog" + records;
  }
}
