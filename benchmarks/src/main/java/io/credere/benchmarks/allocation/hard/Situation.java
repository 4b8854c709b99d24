package io.credere.benchmarks.allocation.hard;

/**
 * The situations of a bank month the harness generates and scores separately, each with its
 * share of generated payments (weights, not percents). Some are labelled by what the controller
 * concludes (one set of items fits the amount, or two).
 */
public enum Situation {
  /** The document number quoted as printed, the amount exact. */
  EXACT_REFERENCE(9, "document number as printed, exact amount"),
  /** Case, spacing, dropped separators, prefix words, leading zeros dropped. */
  REFERENCE_FORMAT(6, "number reformatted: case, spacing, separators, prefix, leading zeros"),
  /** One typing or OCR slip (edit, transposition, O/0, I/1, S/5, B/8) naming no document. */
  REFERENCE_SLIP(9, "one typing or OCR slip, the slip names no document, exact amount"),
  /** The slip names another open document whose amount does not fit (issue 11's example). */
  SLIP_COLLISION(6, "slip names another open document; a neighbour fits the amount"),
  /** Several documents named, the amount their sum. */
  MULTI_INVOICE(6, "several documents named, amount their sum"),
  /** Several documents named, a small fee short (no charges reported). */
  MULTI_WITH_FEE(4, "several documents named, a fee within tolerance short"),
  /** Early-payment discount taken on time. */
  DISCOUNT_ON_TIME(4, "discount taken on time"),
  /** Discount taken after its date: not granted, the rest is short. */
  DISCOUNT_LATE(3, "discount taken after its date"),
  /** Discount taken on time plus a small fee short. */
  DISCOUNT_PLUS_FEE(3, "discount on time plus a fee within tolerance"),
  /** Bank charges reported with the payment ({@code charges}). */
  BANK_CHARGES(5, "bank charges reported with the payment"),
  /** Paid short beyond the tolerance. */
  SHORT_PAYMENT(4, "paid short beyond tolerance"),
  /** Paid more than the document. */
  OVER_PAYMENT(3, "paid more than the document"),
  /** The same payment sent a second time. */
  DUPLICATE_PAYMENT(3, "the same payment sent twice (second one)"),
  /** The remittance names a document already paid. */
  ALREADY_PAID(3, "reference to a document already paid"),
  /** No reference; exactly one set of the customer's open items fits. */
  AMOUNT_ONLY_ONE_SET(5, "no reference, exactly one set of open items fits"),
  /** No reference; two or more sets fit (identical open amounts, sums). */
  AMOUNT_ONLY_TWO_SETS(3, "no reference, two sets of open items fit"),
  /** Numbers that are not references: customer numbers, dates, postcodes, amounts, phones. */
  NOT_A_REFERENCE(5, "numbers that are not references beside (or instead of) the reference"),
  /** The customer's PO number, POs shared by several deliveries. */
  PO_REFERENCE(4, "customer's PO number, shared by several deliveries"),
  /** An RF creditor reference stored as printed, quoted spaced or compact. */
  RF_REFERENCE(4, "RF creditor reference, spaced or compact"),
  /** A credit note netted in the remittance. */
  CREDIT_NOTE_NETTED(3, "credit note netted in the remittance"),
  /** A short number that fits documents of two years. */
  SHORT_NUMBER_TWO_YEARS(3, "short number fitting documents of two years"),
  /** A third party (PayPal, factoring company, parent company) pays the customer's documents. */
  THIRD_PARTY_PAYER(4, "PayPal, factoring company or parent company pays"),
  /** The payer known by name only, among near-duplicate names. */
  NEAR_NAMESAKE(5, "payer by name only among near-duplicate names"),
  /** Nobody known pays, whatever the amount fits. */
  UNKNOWN_PAYER(3, "unknown payer (the amount may fit someone's item)"),
  /** The payment's currency differs from the document named. */
  CURRENCY_MISMATCH(1, "payment in another currency than the document named");

  private final int weight;
  private final String description;

  Situation(int weight, String description) {
    this.weight = weight;
    this.description = description;
  }

  /** The share of generated payments. */
  public int weight() {
    return weight;
  }

  /** One line saying what the situation is. */
  public String description() {
    return description;
  }
}
