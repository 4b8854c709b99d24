package io.credere.collections.dispute;

/** Why a customer disputes (part of) a document. */
public enum DisputeReason {
  /** The price charged is not the price agreed. */
  PRICING,
  /** Fewer goods delivered than invoiced. */
  QUANTITY,
  /** Goods arrived damaged. */
  DAMAGED_GOODS,
  /** Goods or service never received. */
  NOT_RECEIVED,
  /** The same delivery invoiced twice. */
  DUPLICATE_BILLING,
  /** Goods or service not of the agreed quality. */
  QUALITY,
  /** A discount or rebate the customer believes it is owed. */
  DISCOUNT,
  /** Anything else, or not yet known (an unexplained short payment). */
  OTHER
}
