package io.credere.collections.dispute;

/** The team that owns the resolution of a dispute. */
public enum DisputeOwner {
  /** Sales: prices, discounts, commercial agreements. */
  SALES,
  /** Customer service: damaged goods, quality complaints, anything unclear. */
  CUSTOMER_SERVICE,
  /** Logistics: quantities and deliveries. */
  LOGISTICS,
  /** Billing: invoicing errors and duplicates. */
  BILLING
}
