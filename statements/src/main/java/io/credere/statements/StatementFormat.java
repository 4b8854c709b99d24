package io.credere.statements;

/** The file formats the readers understand, told apart by content (see {@link StatementReaders#detect}). */
public enum StatementFormat {
  /** ISO 20022 BankToCustomerStatement, camt.053.001.02 to .08. */
  CAMT_053("camt.053"),
  /** ISO 20022 BankToCustomerDebitCreditNotification, camt.054.001.02 to .08. */
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
