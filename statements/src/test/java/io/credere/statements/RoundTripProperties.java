package io.credere.statements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.credere.core.testing.PropertyTesting;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Random statements written as camt.053, MT940 and BAI2 (writers below, test code only) read
 * back to the same transactions, in the same order, with a balanced balance check.
 */
class RoundTripProperties {

  /** One generated movement: signed minor units (negative = debit), a day offset, a number. */
  private record Move(long signedMinor, int day, long number) {
    Direction direction() {
      return signedMinor < 0 ? Direction.DEBIT : Direction.CREDIT;
    }

    long minor() {
      return Math.abs(signedMinor);
    }

    String reference() {
      return "REF" + number;
    }

    String remittance() {
      return "INV-" + number + " and INV-" + (number + 1);
    }
  }

  private static final LocalDate START = LocalDate.of(2026, 12, 20);

  private static Gen<List<Move>> moves() {
    Gen<Move> move = longs().between(-99_999_999L, 99_999_999L)
        .zip(longs().between(0, 20), longs().between(1, 999_999),
            (amount, day, number) -> new Move(amount, day.intValue(), number));
    return lists().of(move).ofSizeBetween(1, 12);
  }

  private static StatementFile read(String name, String content) {
    return StatementReaders.read(
        new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), name);
  }

  private static void assertSame(StatementFile file, List<Move> moves, CurrencyUnit currency,
      boolean remittanceKept) {
    List<BankTransaction> read = file.transactions();
    assertThat(read).hasSize(moves.size());
    for (int i = 0; i < moves.size(); i++) {
      Move m = moves.get(i);
      BankTransaction t = read.get(i);
      assertThat(t.amount()).isEqualTo(Money.ofMinor(currency, m.minor()));
      assertThat(t.direction()).isEqualTo(m.direction());
      assertThat(t.reference()).contains(m.reference());
      if (remittanceKept) {
        assertThat(t.remittance()).isEqualTo(m.remittance());
        assertThat(t.valueDate()).contains(START.plusDays(m.day()));
      }
    }
    assertThat(file.statements().get(0).balanceCheck().isBalanced()).isTrue();
  }

  private static long net(List<Move> moves) {
    return moves.stream().mapToLong(Move::signedMinor).sum();
  }

  private static String decimal(long minor, char mark) {
    return (minor / 100) + String.valueOf(mark) + String.format("%02d", minor % 100);
  }

  static String camt(List<Move> moves) {
    long opening = 1_000_000;
    StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Document"
        + " xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.08\"><BkToCstmrStmt><Stmt>"
        + "<Id>P</Id><Acct><Id><IBAN>DE44500105175407324931</IBAN></Id><Ccy>EUR</Ccy></Acct>");
    balance(x, "OPBD", opening);
    balance(x, "CLBD", opening + net(moves));
    for (Move m : moves) {
      x.append("<Ntry><Amt Ccy=\"EUR\">").append(decimal(m.minor(), '.')).append("</Amt>")
          .append("<CdtDbtInd>").append(m.direction() == Direction.CREDIT ? "CRDT" : "DBIT")
          .append("</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts><ValDt><Dt>")
          .append(START.plusDays(m.day())).append("</Dt></ValDt><NtryDtls><TxDtls><Refs>"
              + "<EndToEndId>").append(m.reference()).append("</EndToEndId></Refs><RmtInf><Ustrd>")
          .append(m.remittance()).append("</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>\n");
    }
    return x.append("</Stmt></BkToCstmrStmt></Document>\n").toString();
  }

  private static void balance(StringBuilder x, String code, long minor) {
    x.append("<Bal><Tp><CdOrPrtry><Cd>").append(code).append("</Cd></CdOrPrtry></Tp>")
        .append("<Amt Ccy=\"EUR\">").append(decimal(Math.abs(minor), '.')).append("</Amt>")
        .append("<CdtDbtInd>").append(minor < 0 ? "DBIT" : "CRDT").append("</CdtDbtInd>")
        .append("<Dt><Dt>2026-12-19</Dt></Dt></Bal>\n");
  }

  static String mt940(List<Move> moves) {
    long opening = -5_000;
    StringBuilder s = new StringBuilder("{1:F01BANKDEFFAXXX0000000000}{2:O940}{4:\r\n"
        + ":20:P\r\n:25:DE44500105175407324931\r\n:28C:1/1\r\n");
    s.append(":60F:").append(mtBalance(opening, START)).append("\r\n");
    for (Move m : moves) {
      LocalDate value = START.plusDays(m.day());
      s.append(":61:").append(yymmdd(value)).append(String.format("%02d%02d",
              value.getMonthValue(), value.getDayOfMonth()))
          .append(m.direction() == Direction.CREDIT ? "C" : "D")
          .append(decimal(m.minor(), ',')).append("NTRF").append(m.reference()).append("\r\n")
          .append(":86:166?00GUTSCHRIFT?20SVWZ+").append(m.remittance()).append("\r\n");
    }
    s.append(":62F:").append(mtBalance(opening + net(moves), START.plusDays(20))).append("\r\n-}");
    return s.toString();
  }

  private static String mtBalance(long minor, LocalDate date) {
    return (minor < 0 ? "D" : "C") + yymmdd(date) + "EUR" + decimal(Math.abs(minor), ',');
  }

  private static String yymmdd(LocalDate date) {
    return String.format("%02d%02d%02d", date.getYear() % 100, date.getMonthValue(),
        date.getDayOfMonth());
  }

  static String bai2(List<Move> moves) {
    long opening = 250_000;
    List<String> account = new ArrayList<>();
    long total = opening + opening + net(moves);
    account.add("03,123456789,USD,010," + opening + ",,,015," + (opening + net(moves)) + ",,/");
    for (Move m : moves) {
      total += m.minor();
      account.add("16," + (m.direction() == Direction.CREDIT ? "195" : "495") + "," + m.minor()
          + ",V," + yymmdd(START.plusDays(m.day())) + ",,BANK" + m.number() + ","
          + m.reference() + ",/");
      account.add("88,REMI: " + m.remittance());
    }
    account.add("49," + total + "," + (account.size() + 1) + "/");
    StringBuilder s = new StringBuilder("01,BANK,CREDERE,261220,0800,1,,,2/\n"
        + "02,CREDERE,BANK,1,261220,,USD,2/\n");
    account.forEach(line -> s.append(line).append('\n'));
    s.append("98,").append(total).append(",1,").append(account.size() + 2).append("/\n");
    s.append("99,").append(total).append(",1,").append(account.size() + 4).append("/\n");
    return s.toString();
  }

  @Test
  void camt053_written_then_read_gives_the_same_transactions() {
    PropertyTesting.theory().forAll(moves()).checkAssert(moves ->
        assertSame(read("p.xml", camt(moves)), moves, CurrencyUnit.EUR, true));
  }

  @Test
  void mt940_written_then_read_gives_the_same_transactions() {
    PropertyTesting.theory().forAll(moves()).checkAssert(moves ->
        assertSame(read("p.sta", mt940(moves)), moves, CurrencyUnit.EUR, true));
  }

  @Test
  void bai2_written_then_read_gives_the_same_transactions_and_control_totals() {
    PropertyTesting.theory().forAll(moves()).checkAssert(moves -> {
      StatementFile file = read("p.bai2", bai2(moves));
      assertSame(file, moves, CurrencyUnit.USD, false);
      assertThat(file.statements().get(0).issues()).isEmpty();
      for (int i = 0; i < moves.size(); i++) {
        assertThat(file.transactions().get(i).remittance()).isEqualTo(moves.get(i).remittance());
      }
    });
  }
}
