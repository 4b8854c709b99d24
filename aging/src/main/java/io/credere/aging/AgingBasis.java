package io.credere.aging;

/**
 * Which date of an open item its age counts from: the age in days is the as-of date minus that
 * date.
 */
public enum AgingBasis {
  /**
   * Age from the due date: days past due. The first bucket, {@code current}, holds items not yet
   * overdue (age of zero or less).
   */
  DUE_DATE,
  /** Age from the document date: days since the document was issued. */
  DOCUMENT_DATE;
}
