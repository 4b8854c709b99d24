package io.credere.benchmarks.allocation.hard;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a careful credit controller books for one payment, decided by the generator (or the
 * hand-written case) from what it knows it made.
 *
 * <p>{@link #alternatives()} holds one or more equally right bookings (the first is canonical):
 * a fee on a payment for several documents may be written off on any of the named documents
 * whose tolerance covers it, and the controller has no reason to prefer one. An abstention is a
 * booking with no {@code ALLOCATED} row: {@code ON_ACCOUNT} for a customer identified with
 * confidence, {@code UNAPPLIED} when the customer cannot be known.
 *
 * @param paymentId the payment
 * @param situation the situation the payment was made for
 * @param alternatives the right bookings, the first canonical; never empty
 * @param realPayer the customer who really paid (known to the generator even when the controller
 *     could not know it), empty when the payer is no customer
 * @param note what was generated, for a person reading a failure
 */
public record Truth(String paymentId, Situation situation, List<List<Row>> alternatives,
    Optional<String> realPayer, String note) {

  /** Copies the lists. */
  public Truth {
    if (alternatives.isEmpty()) {
      throw new IllegalArgumentException("A truth needs at least one booking: " + paymentId);
    }
    List<List<Row>> copy = new ArrayList<>();
    for (List<Row> rows : alternatives) {
      copy.add(List.copyOf(rows));
    }
    alternatives = List.copyOf(copy);
  }

  /** A truth with one booking. */
  public static Truth of(String paymentId, Situation situation, List<Row> rows,
      Optional<String> realPayer, String note) {
    return new Truth(paymentId, situation, List.of(rows), realPayer, note);
  }

  /** The canonical booking. */
  public List<Row> rows() {
    return alternatives.get(0);
  }

  /** Whether the controller can determine documents for the payment (some cash is allocated). */
  public boolean determinable() {
    return rows().stream().anyMatch(r -> r.kind().equals(Row.ALLOCATED));
  }

  /** The customer the cash belongs under, empty when it goes to suspense. */
  public Optional<String> customer() {
    return rows().stream().map(Row::customerId).filter(c -> !c.isEmpty()).findFirst();
  }

  /** Every document any of the bookings puts cash on. */
  public Set<String> paidDocuments() {
    Set<String> documents = new LinkedHashSet<>();
    for (List<Row> rows : alternatives) {
      for (Row row : rows) {
        if (row.kind().equals(Row.ALLOCATED)) {
          documents.add(row.documentId());
        }
      }
    }
    return documents;
  }
}
