-- Credere DatabaseExample schema: portable SQL (H2, PostgreSQL, and most others).
-- Amounts are DECIMAL(19,4) in major units of the row's currency (ISO 4217 code).

CREATE TABLE customer (
  customer_id   VARCHAR(40)   NOT NULL PRIMARY KEY,
  name          VARCHAR(200)  NOT NULL,
  currency      CHAR(3)       NOT NULL,
  credit_limit  DECIMAL(19,4),
  bank_account  VARCHAR(64)
);

-- No foreign key to customer: unidentified cash is kept on the SUSPENSE account.
CREATE TABLE open_item (
  document_id        VARCHAR(40)   NOT NULL PRIMARY KEY,
  customer_id        VARCHAR(40)   NOT NULL,
  document_type      VARCHAR(20)   NOT NULL,
  document_date      DATE          NOT NULL,
  due_date           DATE          NOT NULL,
  currency           CHAR(3)       NOT NULL,
  amount             DECIMAL(19,4) NOT NULL,
  open_amount        DECIMAL(19,4) NOT NULL,
  customer_reference VARCHAR(100)
);

-- Incoming cash; status NEW until a run has applied it (then APPLIED).
CREATE TABLE payment (
  payment_id     VARCHAR(40)   NOT NULL PRIMARY KEY,
  payment_date   DATE          NOT NULL,
  currency       CHAR(3)       NOT NULL,
  amount         DECIMAL(19,4) NOT NULL,
  customer_id    VARCHAR(40),
  payer_name     VARCHAR(200),
  payer_account  VARCHAR(64),
  remittance     VARCHAR(500),
  status         VARCHAR(10)   NOT NULL
);

-- One row per customer, currency and bucket (and unapplied_credits) of an aging run.
CREATE TABLE aging_report (
  as_of        DATE          NOT NULL,
  customer_id  VARCHAR(40)   NOT NULL,
  currency     CHAR(3)       NOT NULL,
  bucket       VARCHAR(20)   NOT NULL,
  amount       DECIMAL(19,4) NOT NULL,
  PRIMARY KEY (as_of, customer_id, currency, bucket)
);

-- One row per line of cash application, in the run's order.
CREATE TABLE allocation_line (
  payment_id   VARCHAR(40)   NOT NULL,
  line_no      INTEGER       NOT NULL,
  kind         VARCHAR(20)   NOT NULL,
  customer_id  VARCHAR(40),
  document_id  VARCHAR(40),
  currency     CHAR(3)       NOT NULL,
  amount       DECIMAL(19,4) NOT NULL,
  rule_id      VARCHAR(40)   NOT NULL,
  explanation  VARCHAR(1000) NOT NULL,
  PRIMARY KEY (payment_id, line_no)
);
