package io.credere.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.credere.allocation.IncomingPayment;
import io.credere.core.error.ValidationException;
import io.credere.core.testing.PropertyTesting;
import io.credere.statements.BankStatement;
import io.credere.statements.BankTransaction;
import io.credere.statements.Charge;
import io.credere.statements.Direction;
import io.credere.statements.EntryStatus;
import io.credere.statements.StatementFile;
import io.credere.statements.StatementFormat;
import io.credere.statements.StatementReaders;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class BankPaymentsTest {

  private static StatementFile read(String name, String content) {
    return StatementReaders.read(
        new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), name);
  }

  @Test
  void finnish_sample_carries_instructed_amount_and_deducted_charges() throws IOException {
    StatementFile file;
    try (InputStream in = getClass().getResourceAsStream("/statements/fi-fffs-camt053.xml")) {
      file = StatementReaders.read(in, "fi-fffs-camt053.xml");
    }
    List<IncomingPayment> payments = BankPayments.of(file);
    // By hand: the sample's booked credits are 2000.00, 500.00, 3000.00, 2120.00 (USD 3,200.00
    // instructed), 5455.00 (5,500.00 instructed less 45.00 charges) and 10000.00.
    IncomingPayment charged = payments.stream()
        .filter(p -> p.amount().equals(Money.parse("EUR 5455.00"))).findFirst().orElseThrow();
    assertThat(charged.instructedAmount()).contains(Money.parse("EUR 5500.00"));
    assertThat(charged.charges()).contains(Money.parse("EUR 45.00"));
    assertThat(charged.paymentId().value()).isEqualTo("091029ACCTSTMTARCH07");
    assertThat(charged.structuredReferences()).containsExactly("RF98123456789012");
    IncomingPayment fx = payments.stream()
        .filter(p -> p.amount().equals(Money.parse("EUR 2120.00"))).findFirst().orElseThrow();
    assertThat(fx.instructedAmount()).contains(Money.parse("USD 3200.00"));
    assertThat(fx.charges()).contains(Money.parse("EUR 20.00"));
    assertThat(payments).extracting(p -> p.amount().getAmount().toPlainString())
        .containsExactly("2000.00", "500.00", "3000.00", "2120.00", "5455.00", "10000.00");
  }

  @Test
  void only_booked_credits_of_an_intraday_report_are_cash() {
    String entries = entry("10.00", "CRDT", "PDNG", "P-1") + entry("20.00", "CRDT", "INFO", "I-1")
        + entry("30.00", "CRDT", "<Cd>BOOK</Cd>", "B-1") + entry("5.00", "DBIT", "BOOK", "D-1");
    StatementFile file = read("intraday.xml", "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd"
        + ":camt.052.001.08\"><BkToCstmrAcctRpt><GrpHdr/><Rpt><Id>R</Id>" + entries
        + "</Rpt></BkToCstmrAcctRpt></Document>");
    assertThat(file.format()).isEqualTo(StatementFormat.CAMT_052);
    assertThat(BankPayments.of(file)).extracting(p -> p.paymentId().value())
        .containsExactly("B-1");
  }

  @Test
  void charges_not_deducted_or_in_another_currency_are_not_the_payments() {
    String details = "<NtryDtls><TxDtls><Chrgs><Rcrd><Amt Ccy=\"EUR\">1.00</Amt><ChrgInclInd>"
        + "false</ChrgInclInd><Br>DEBT</Br></Rcrd><Rcrd><Amt Ccy=\"USD\">2.00</Amt></Rcrd>"
        + "</Chrgs></TxDtls></NtryDtls>";
    StatementFile file = read("c.xml", "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd"
        + ":camt.053.001.08\"><BkToCstmrStmt><GrpHdr/><Stmt><Id>S</Id>"
        + entry("100.00", "CRDT", "BOOK", "B-1").replace("</Ntry>", details + "</Ntry>")
        + "</Stmt></BkToCstmrStmt></Document>");
    IncomingPayment payment = BankPayments.of(file).get(0);
    assertThat(file.transactions().get(0).charges()).hasSize(2);
    assertThat(payment.charges()).isEmpty();
  }

  @Test
  void mt940_reversals_and_debits_are_not_cash_and_ids_stay_distinct() {
    StatementFile file = read("m.sta", ":20:S\n:25:ACC\n:60F:C240101EUR0,\n"
        + ":61:240102C5,NTRFNONREF\n:61:240102C6,NTRFNONREF\n:61:240102RD7,NTRFNONREF\n"
        + ":61:240102D1,NTRFNONREF\n:61:240102C8,NTRFREF//SAME\n:61:240102C9,NTRFREF//SAME\n"
        + ":62F:C240102EUR34,\n");
    assertThat(BankPayments.of(file)).extracting(p -> p.paymentId().value())
        .containsExactly("m.sta#1", "m.sta#2", "SAME", "SAME#6");
  }

  @Test
  void a_credit_without_any_date_is_refused_naming_the_source() {
    BankStatement statement = BankStatement.builder().format(StatementFormat.CAMT_054)
        .addTransactions(BankTransaction.builder().amount(Money.parse("EUR 1.00"))
            .direction(Direction.CREDIT).build())
        .build();
    StatementFile file = StatementFile.of("nodate.xml", StatementFormat.CAMT_054,
        List.of(statement));
    assertThatThrownBy(() -> BankPayments.of(file)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("nodate.xml").hasMessageContaining("transaction 1");
  }

  /** Conservation: the payments are exactly the booked, non-reversed, positive credits. */
  @Test
  void payments_add_up_to_the_booked_credits_and_no_cash_is_created() {
    Gen<BankTransaction> transactions = integers().between(0, 1_000_000)
        .zip(integers().between(0, 3), integers().between(0, 7), (minor, status, flags) ->
            BankTransaction.builder()
                .amount(Money.ofMinor(CurrencyUnit.EUR, minor))
                .direction((flags & 1) == 0 ? Direction.CREDIT : Direction.DEBIT)
                .reversal((flags & 2) != 0)
                .status(EntryStatus.values()[status])
                .valueDate(LocalDate.of(2026, 11, 1 + flags))
                .bankReference((flags & 4) != 0 ? Optional.of("DUP") : Optional.empty())
                .addCharges(Charge.builder().amount(Money.ofMinor(CurrencyUnit.EUR, minor / 10))
                    .build())
                .build());
    PropertyTesting.theory().forAll(lists().of(transactions).ofSizeBetween(0, 30))
        .checkAssert(list -> {
          StatementFile file = StatementFile.of("p.xml", StatementFormat.CAMT_053,
              List.of(BankStatement.builder().format(StatementFormat.CAMT_053)
                  .addAllTransactions(list).build()));
          List<IncomingPayment> payments = BankPayments.of(file);
          Money expected = Money.zero(CurrencyUnit.EUR);
          List<BankTransaction> cash = new ArrayList<>();
          for (BankTransaction t : list) {
            if (t.status() == EntryStatus.BOOKED && t.isCredit() && !t.isReversal()
                && t.amount().isPositive()) {
              expected = expected.plus(t.amount());
              cash.add(t);
            }
          }
          Money total = payments.stream().map(IncomingPayment::amount)
              .reduce(Money.zero(CurrencyUnit.EUR), Money::plus);
          assertThat(total).isEqualTo(expected);
          assertThat(payments).hasSize(cash.size());
          assertThat(new HashSet<>(payments.stream().map(p -> p.paymentId().value()).toList()))
              .hasSize(payments.size());
          for (int i = 0; i < payments.size(); i++) {
            assertThat(payments.get(i).charges()).isEqualTo(cash.get(i).deductedCharges()
                .filter(Money::isPositive));
            assertThat(payments.get(i).charges().orElse(Money.zero(CurrencyUnit.EUR)))
                .isLessThanOrEqualTo(payments.get(i).amount());
          }
        });
  }

  private static String entry(String amount, String indicator, String status, String ref) {
    return "<Ntry><Amt Ccy=\"EUR\">" + amount + "</Amt><CdtDbtInd>" + indicator
        + "</CdtDbtInd><Sts>" + status + "</Sts><BookgDt><Dt>2026-11-02</Dt></BookgDt>"
        + "<AcctSvcrRef>" + ref + "</AcctSvcrRef></Ntry>";
  }
}
