package io.credere.statements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

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

  @Test
  void mt942_whose_first_61_comes_before_any_balance_takes_the_currency_from_90() {
    StatementFile file = Samples.text("942.sta", ":20:INTRA\n:25:PL29114010810000267002001002\n"
        + ":28C:1/1\n:13D:1701191815+0100\n:61:1701190119CN0,01NTRFNONREF//MB1\n"
        + ":86:first\n:61:1701190119DN2,50NTRFNONREF//MB2\n:90D:1PLN2,50\n:90C:1PLN0,01\n-\n");
    assertThat(file.format()).isEqualTo(StatementFormat.MT942);
    assertThat(file.transactions()).extracting(t -> t.amount().toString())
        .containsExactly("PLN 0.01", "PLN 2.50");
    assertThat(file.transactions().get(0).remittance()).isEqualTo("first");
  }

  @Test
  void mt942_floor_limit_without_decimal_comma_names_the_currency() {
    StatementFile file = Samples.text("942.sta", "\u0001:20:ST1\n:25:PL29\n:28C:1/1\n"
        + ":34F:PLN0\n:13D:1701191815+0100\n:61:1701190119CN0,01NTRFNONREF//MB1\n-\u0003");
    assertThat(Samples.totals(file)).containsOnly(entry("PLN CREDIT", "0.01"));
  }

  @Test
  void old_rabobank_zero_padded_amounts_account_in_the_line_several_86_and_ctrl_z() {
    StatementFile file = Samples.text("rabo.sta", ":940:\r\n:20:940A110615\r\n"
        + ":25:1291.99.348EUR\r\n:28:00000/00\r\n:60F:C110614EUR000000000473,17\r\n"
        + ":61:110614D000000000077,35N0440121470966      W.P. Jansen\r\n"
        + ":86:Terugboeking\r\n:86:KOSTEN KINDEROPVANG JUNI\r\n"
        + ":61:110614C000000000100,00N0990000000000      NONREF\r\n"
        + ":62F:C110615EUR000000000495,82\r\n\u001a");
    assertThat(file.transactions()).hasSize(2);
    BankTransaction first = file.transactions().get(0);
    assertThat(first.amount()).isEqualTo(Money.parse("EUR 77.35"));
    assertThat(first.counterpartyAccount()).contains("0121470966");
    assertThat(first.counterpartyName()).contains("W.P. Jansen");
    assertThat(first.remittance()).isEqualTo("Terugboeking KOSTEN KINDEROPVANG JUNI");
    assertThat(file.statements().get(0).balanceCheck().isBalanced()).isTrue();
  }

  @Test
  void amounts_without_decimal_comma_and_30_february() {
    StatementFile file = Samples.text("knab.sta", ":20:K\n:25:123\n:28C:1/1\n:60F:C140507EUR0,\n"
        + ":61:1405070507C500NTRF29-07-2014 10:05//B4G\n:61:1602300301DR6,00N024NONREF\n"
        + ":62F:C160301EUR494,");
    assertThat(file.transactions()).extracting(t -> t.amount().toString())
        .containsExactly("EUR 500.00", "EUR 6.00");
    assertThat(file.transactions().get(0).customerReference()).contains("29-07-2014 10:05");
    assertThat(file.transactions().get(1).valueDate()).contains(LocalDate.of(2016, 2, 29));
    assertThat(file.statements().get(0).balanceCheck().isBalanced()).isTrue();
  }

  @Test
  void a_dash_inside_86_text_does_not_end_the_message_and_a_reference_may_hold_a_slash() {
    StatementFile file = Samples.text("d.sta", ":20:D\n:25:ACC\n:60F:C240101EUR0,\n"
        + ":61:240102C1,NMSC34124/1XX//O/3412\n:86:ABC\n-DEF\n:61:240102C2,NTRFNONREF\n"
        + ":62F:C240102EUR3,\n-\n");
    assertThat(file.statements()).hasSize(1);
    assertThat(file.transactions().get(0).remittance()).isEqualTo("ABC -DEF");
    assertThat(file.transactions().get(0).customerReference()).contains("34124/1XX");
    assertThat(file.transactions().get(0).bankReference()).contains("O/3412");
    assertThat(file.statements().get(0).balanceCheck().isBalanced()).isTrue();
  }

  @Test
  void several_accounts_in_one_message_and_a_legacy_german_balance_without_currency() {
    StatementFile file = Samples.text("ns.sta", ":20:STARTUMS\n:25:1222333444\n:28:1/1\n"
        + ":NS:22Test GmbH\n23Testkonto\n:60F:C020315DEM0,00\n"
        + ":61:0203170320CM5000,00S05168790452\n:NS:01Verwendungszweck 1\n"
        + ":62M:C0203155000,00\n:25:3346780111\n:60F:C020324DEM145000,00\n"
        + ":61:020324DM50000,00S051\n:62F:C02032495000,00\n");
    assertThat(file.statements()).extracting(s -> s.account().orElseThrow())
        .containsExactly("1222333444", "3346780111");
    assertThat(Samples.totals(file)).containsOnly(entry("DEM CREDIT", "5000.00"),
        entry("DEM DEBIT", "50000.00"));
    assertThat(file.statements()).allSatisfy(st -> assertThat(st.balanceCheck().isBalanced())
        .isTrue());
    assertThat(file.transactions().get(0).remittance()).isEmpty();
  }

  @Test
  void ocmt_is_the_instructed_amount_and_chgs_the_charges() {
    StatementFile file = Samples.text("o.sta", ":20:O\n:25:ACC\n:60F:C240101EUR10,\n"
        + ":61:240102D5,NTRFREF//B1\n/OCMT/GBP4,5//CHGS/EUR0,5/\n"
        + ":86:/TRTP/SEPA/REMI/Invoice 7/CHGS/EUR0,50/\n:62F:C240102EUR5,\n");
    BankTransaction t = file.transactions().get(0);
    assertThat(t.instructedAmount()).contains(Money.parse("GBP 4.50"));
    assertThat(t.deductedCharges()).contains(Money.parse("EUR 0.50"));
    assertThat(t.charges()).hasSize(1);
  }
}
