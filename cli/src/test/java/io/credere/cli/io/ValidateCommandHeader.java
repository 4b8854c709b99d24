package io.credere.cli.io;

/** The contract's required ledger header, for tests. */
final class ValidateCommandHeader {
  static final String HEADER = "customer_id,document_id,document_type,document_date,due_date,"
      + "currency,amount,open_amount";

  private ValidateCommandHeader() {}
}
