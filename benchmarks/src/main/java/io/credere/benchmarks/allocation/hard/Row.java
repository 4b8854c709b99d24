package io.credere.benchmarks.allocation.hard;

import java.util.Comparator;
import java.util.Objects;
import org.joda.money.Money;

/**
 * One row of the contract's {@code allocate} output as the harness compares it: the customer the
 * cash is attributed to (empty for {@code UNAPPLIED}), the document (empty for
 * {@code ON_ACCOUNT}/{@code UNAPPLIED}), the kind by its contract name and the amount. Kinds are
 * kept as text so that the harness reads kinds the engine under test may add (such as
 * {@code BANK_CHARGES}) without depending on its enum.
 *
 * @param customerId the customer, empty when none
 * @param documentId the document, empty when none
 * @param kind the contract's kind ({@code ALLOCATED}, {@code DISCOUNT}, ...)
 * @param amount positive, in the payment currency
 */
public record Row(String customerId, String documentId, String kind, Money amount) {

  /** Cash applied to a document. */
  public static final String ALLOCATED = "ALLOCATED";
  /** Early-payment discount granted. */
  public static final String DISCOUNT = "DISCOUNT";
  /** Small difference written off within tolerance. */
  public static final String WRITE_OFF = "WRITE_OFF";
  /** Bank charges cleared on a document. */
  public static final String BANK_CHARGES = "BANK_CHARGES";
  /** What stays open on a document paid short. */
  public static final String SHORT_PAYMENT = "SHORT_PAYMENT";
  /** Cash of an identified customer left unapplied. */
  public static final String ON_ACCOUNT = "ON_ACCOUNT";
  /** Cash whose customer could not be determined. */
  public static final String UNAPPLIED = "UNAPPLIED";

  /** Orders rows for comparison as multisets. */
  static final Comparator<Row> ORDER = Comparator.comparing(Row::kind)
      .thenComparing(Row::documentId).thenComparing(Row::customerId)
      .thenComparing(r -> r.amount().getAmountMinorLong());

  /** Checks the fields. */
  public Row {
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(documentId, "documentId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(amount, "amount");
  }

  /** A row on a document. */
  public static Row on(String customerId, String documentId, String kind, Money amount) {
    return new Row(customerId, documentId, kind, amount);
  }

  /** Cash left on account of {@code customerId}. */
  public static Row onAccount(String customerId, Money amount) {
    return new Row(customerId, "", ON_ACCOUNT, amount);
  }

  /** Cash in suspense. */
  public static Row unapplied(Money amount) {
    return new Row("", "", UNAPPLIED, amount);
  }

  /** Whether the row is cash of the payment. */
  public boolean isCash() {
    return kind.equals(ALLOCATED) || kind.equals(ON_ACCOUNT) || kind.equals(UNAPPLIED);
  }

  /** Whether the row reduces its document's open amount. */
  public boolean reducesDocument() {
    return kind.equals(ALLOCATED) || kind.equals(DISCOUNT) || kind.equals(WRITE_OFF)
        || kind.equals(BANK_CHARGES);
  }

  @Override
  public String toString() {
    return kind + (documentId.isEmpty() ? "" : " " + documentId) + " " + amount.getAmount()
        .toPlainString() + (customerId.isEmpty() ? "" : " [" + customerId + "]");
  }
}
