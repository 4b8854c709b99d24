package io.credere.statements;

/** The file formats the readers understand, told apart by content (see {@link StatementReaders#detect}). */
public enum StatementFormat {
  /** ISO 20022 BankToCustomerAccountReport (intraday), camt.052.001.01 to .13. */
  CAMT_052("camt.052"),
  /** ISO 20022 BankToCustomerStatement, camt.053.001.01 to .13. */
  CAMT_053("camt.053"),
  /** ISO 20022 BankToCustomerDebitCreditNotification, camt.054.001.01 to .13. */
  CAMT_054("camt.054"),
  /** SWIFT MT940 customer statement. */
  MT940("MT940"),
  /** SWIFT MT942 interim transaction report. */
  MT942("MT942"),
  /** BAI2 cash management balance reporting (North America). */
  BAI2("BAI2");

  private final String label;

  StatementFormat(String label) {
    this.label = label;
  }

  /** The usual name of the format ({@code camt.053}, {@code MT940}, {@code BAI2}). */
  public String label() {
    return label;
  }
}
