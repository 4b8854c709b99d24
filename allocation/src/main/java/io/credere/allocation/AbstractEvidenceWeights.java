package io.credere.allocation;

import org.immutables.value.Value;

/**
 * The weights the evidence engine ({@code EVIDENCE}) gives what agrees and what contradicts a
 * reading of a payment, and the thresholds of a decision. A reading (a customer, a set of its
 * documents and how the amount is explained) scores the sum of: its weakest reference (kind of
 * mention), how the amount fits, what identifies the payer, and the penalties of what it leaves
 * unexplained. It is applied only when it scores at least {@link #threshold()} and beats every
 * other reading by {@link #margin()}; otherwise the cash stays on account or unapplied and the
 * readings become suggestions.
 *
 * <p>The defaults are set for zero wrong matches on the project's quality harnesses: an exact
 * reference with an exact amount decides even for an unknown payer (60 + 50); a reference one
 * slip away decides only with an exact amount and an identified payer, and beats the document
 * literally named when that one does not fit (the issue's {@code INV-2026-004035} case); an
 * amount alone decides only for a payer identified by id or bank account and a single set of
 * open items. Use {@code EvidenceWeights.builder()} or {@link #defaults()}. Immutable and
 * thread-safe.
 */
@Value.Immutable
abstract class AbstractEvidenceWeights {

  /** All defaults. */
  public static EvidenceWeights defaults() {
    return EvidenceWeights.builder().build();
  }

  /** A document id as printed. */
  @Value.Default
  public int referenceExact() {
    return 60;
  }

  /** A document id with OCR look-alikes or leading zeros folded. */
  @Value.Default
  public int referenceNormalised() {
    return 60;
  }

  /** An ISO 11649 creditor reference. */
  @Value.Default
  public int creditorReference() {
    return 60;
  }

  /** The customer's own reference (PO number). */
  @Value.Default
  public int customerReference() {
    return 50;
  }

  /** Only the last digit group of a document id. */
  @Value.Default
  public int referenceTail() {
    return 50;
  }

  /** A reference one slip away. */
  @Value.Default
  public int referenceSlip() {
    return 40;
  }

  /** A host's evidence source. */
  @Value.Default
  public int referenceHost() {
    return 55;
  }

  /** The amount equals the open amounts (credit notes named netted). */
  @Value.Default
  public int amountExact() {
    return 50;
  }

  /** The amount equals the open amounts less the early-payment discounts due. */
  @Value.Default
  public int amountLessDiscount() {
    return 45;
  }

  /** The amount equals the open amounts less the bank charges reported (and discounts). */
  @Value.Default
  public int amountLessCharges() {
    return 45;
  }

  /** The difference is within the write-off tolerance (after discounts and charges). */
  @Value.Default
  public int amountWithinTolerance() {
    return 30;
  }

  /** The amount exceeds the documents (the rest goes on account). */
  @Value.Default
  public int amountOver() {
    return 0;
  }

  /** The amount falls short of the documents beyond tolerance (a short payment). */
  @Value.Default
  public int amountShort() {
    return -10;
  }

  /** The payer is the customer by the id given with the payment (or a host rule). */
  @Value.Default
  public int payerGiven() {
    return 60;
  }

  /** The payer's bank account is known for the customer only. */
  @Value.Default
  public int payerAccount() {
    return 50;
  }

  /** The payer's name matches the customer's only (times the similarity). */
  @Value.Default
  public int payerName() {
    return 50;
  }

  /**
   * Nothing else identifies the payer, but every document the payment names is of the
   * customer.
   */
  @Value.Default
  public int payerByReferences() {
    return 50;
  }

  /** The payer's name resembles the customer's but also another's. */
  @Value.Default
  public int payerNameAmbiguous() {
    return 15;
  }

  /** Per open document of the customer the remittance names that the reading leaves out. */
  @Value.Default
  public int namedLeftOut() {
    return -40;
  }

  /** A named document replaced by its one-slip neighbour (the literal reading does not fit). */
  @Value.Default
  public int slipReplaced() {
    return -10;
  }

  /**
   * A reading one slip from the reference that is the only reading of all whose documents
   * explain the amount exactly (or less discount or reported charges) while what the remittance
   * names literally does not: the literal number's document would be paid short or over, and
   * one neighbour fits to the cent. Two neighbours fitting get it both, and so cancel out.
   */
  @Value.Default
  public int slipSoleFit() {
    return 20;
  }

  /** The remittance also names documents of another customer. */
  @Value.Default
  public int otherCustomerNamed() {
    return -20;
  }

  /** The payer's account or name is another customer's (a third party paying). */
  @Value.Default
  public int payerContradicted() {
    return -10;
  }

  /**
   * A document an earlier payment of the run named firmly but left unapplied (its cash may be
   * for it: a payment sent twice, an invoice already paid).
   */
  @Value.Default
  public int namedByEarlierCash() {
    return -60;
  }

  /** The lowest score that decides. */
  @Value.Default
  public int threshold() {
    return 100;
  }

  /** By how much the best reading must beat the runner-up. */
  @Value.Default
  public int margin() {
    return 30;
  }

  /** Whether references one slip away are looked for at all. */
  @Value.Default
  public boolean slips() {
    return true;
  }

  @Value.Check
  void check() {
    if (margin() < 0) {
      throw new IllegalArgumentException("Evidence margin must not be negative, but was "
          + margin());
    }
  }
}
