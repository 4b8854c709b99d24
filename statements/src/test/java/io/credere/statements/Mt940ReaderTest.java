package io.credere.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class Mt940ReaderTest {

  @Test
  void entry_date_across_a_year_end_belongs_to_the_next_year() {
    StatementFile file = Samples.text("ye.sta", ":20:YE\n:25:ACC\n:60F:C241231EUR0,\n"
        + ":61:2412310102C5,00NTRFREF1//B1\n:62F:C250102EUR5,\n");
    BankTransaction t = file.transactions().get(0);
    assertThat(t.valueDate()).contains(LocalDate.of(2024, 12, 31));
    assertThat(t.bookingDate()).contains(LocalDate.of(2025, 1, 2));
    assertThat(t.customerReference()).contains("REF1");
    assertThat(t.bankReference()).contains("B1");
  }

  @Test
  void rc_is_a_debit_and_rd_a_credit() {
    StatementFile file = Samples.text("rev.sta", ":20:R\n:25:ACC\n:60F:C240101EUR10,\n"
        + ":61:240102RC3,NTRFNONREF\n:61:240102RD1,50NTRFNONREF\n:62F:C240102EUR8,50\n");
    assertThat(file.transactions()).extracting(BankTransaction::direction)
        .containsExactly(Direction.DEBIT, Direction.CREDIT);
    assertThat(file.transactions()).allSatisfy(t -> assertThat(t.isReversal()).isTrue());
    assertThat(file.statements().get(0).balanceCheck().isBalanced()).isTrue();
  }

  @Test
  void reads_the_swift_envelope_and_mt942() {
    String mt942 = "{1:F01BANKDEFFAXXX0000000000}{2:O9421200240102BANKDEFFAXXX00000000002401021200N}{4:\r\n"
        + ":20:INTRA\r\n:25:DE00123\r\n:28C:1/1\r\n:34F:EURD0,\r\n:13D:2401021200+0100\r\n"
        + ":61:2401020102C250,00NTRFNONREF//X\r\n:86:166?00GUTSCHRIFT?20EREF+E2E-1?21SVWZ+RE 4711"
        + "?32ACME GMBH\r\n:90C:1EUR250,00\r\n-}";
    StatementFile file = Samples.text("intra.sta", mt942);
    assertThat(file.format()).isEqualTo(StatementFormat.MT942);
    BankTransaction t = file.transactions().get(0);
    assertThat(t.amount()).isEqualTo(Money.parse("EUR 250.00"));
    assertThat(t.endToEndId()).contains("E2E-1");
    assertThat(t.remittanceText()).contains("RE 4711");
    assertThat(t.counterpartyName()).contains("ACME GMBH");
    assertThat(file.statements().get(0).balanceCheck().status())
        .isEqualTo(BalanceCheck.Status.NOT_CHECKED);
  }

  @Test
  void balance_check_explains_itself() {
    StatementFile file = Samples.text("b.sta", ":20:B\n:25:ACC\n:60F:C240101EUR100,\n"
        + ":61:240102C20,NTRFNONREF\n:61:240102D5,NTRFNONREF\n:62F:C240102EUR116,\n");
    BalanceCheck check = file.statements().get(0).balanceCheck();
    assertThat(check.status()).isEqualTo(BalanceCheck.Status.UNBALANCED);
    assertThat(check.explanation().sentence()).isEqualTo("Opening EUR 100.00 + credits EUR 20.00"
        + " - debits EUR 5.00 = EUR 115.00, but the closing balance is EUR 116.00 (difference"
        + " EUR 1.00).");
    assertThat(check).hasToString("UNBALANCED by EUR 1.00");
    org.assertj.core.api.Assertions.assertThatThrownBy(file::requireBalanced)
        .hasMessageContaining("b.sta statement B");
  }
}
