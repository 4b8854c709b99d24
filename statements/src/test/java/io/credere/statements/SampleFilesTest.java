package io.credere.statements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import io.credere.core.error.ValidationException;
import java.time.LocalDate;
import java.util.List;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * Every file of {@code samples/} (real files published by banks and public projects, see its
 * README). Counts and totals were read off each file by hand (entries, transaction details,
 * {@code :61:} lines, {@code 16} records, added up per currency and direction) and written here
 * as the expectation; the readers must find the same.
 */
class SampleFilesTest {

  // ---------------------------------------------------------------- camt

  @Test
  void fffs_camt053_splits_batches_with_detail_amounts_and_balances() {
    StatementFile file = Samples.read("camt/fi-fffs-camt053.xml");
    // By hand: 10 entries; entry 3 (3 details of 2000.02 + 1000.01 + 1230.02) and entry 10
    // (2 x 100.00) are batches with detail amounts; entries 4-9 have one detail each with a
    // TxAmt; entries 1 and 2 have none -> 1+1+3+6+2 = 13 rows.
    // Debits 1000.12 + 4000.00 + 4230.05 + 200.00 = 9430.17;
    // credits 2000 + 500 + 3000 + 2120 + 5455 + 10000 = 23075.00.
    assertThat(file.format()).isEqualTo(StatementFormat.CAMT_053);
    assertThat(file.transactions()).hasSize(13);
    assertThat(Samples.totals(file)).containsOnly(entry("EUR CREDIT", "23075.00"),
        entry("EUR DEBIT", "9430.17"));
    BankStatement statement = file.statements().get(0);
    assertThat(statement.account()).contains("FI7433010001222090");
    assertThat(statement.openingBalance()).contains(Money.parse("EUR 10000.00"));
    assertThat(statement.closingBalance()).contains(Money.parse("EUR 23644.83"));
    assertThat(statement.balanceCheck().status()).isEqualTo(BalanceCheck.Status.BALANCED);
    // entry 9: SEPA credit with an RF creditor reference
    BankTransaction sepa = file.transactions().get(10);
    assertThat(sepa.amount()).isEqualTo(Money.parse("EUR 10000.00"));
    assertThat(sepa.endToEndId()).contains("EndToEndIdSCT01");
    assertThat(sepa.creditorReference()).contains("RF98123456789012");
    assertThat(sepa.counterpartyName()).contains("DEBTOR");
    // entry 7: USD->EUR credit booked in EUR (the detail's TxAmt, not the instructed USD)
    BankTransaction fx = file.transactions().get(8);
    assertThat(fx.amount()).isEqualTo(Money.parse("EUR 2120.00"));
    assertThat(fx.remittance()).isEqualTo("INVOICE US20291092");
    // the batch's second detail carries free text
    assertThat(file.transactions().get(3).remittance()).isEqualTo("Invoices 123 and 321");
    // entry 8: 5,500.00 instructed, 45.00 charges deducted, 5,455.00 booked
    BankTransaction charged = file.transactions().get(9);
    assertThat(charged.amount()).isEqualTo(Money.parse("EUR 5455.00"));
    assertThat(charged.instructedAmount()).contains(Money.parse("EUR 5500.00"));
    assertThat(charged.deductedCharges()).contains(Money.parse("EUR 45.00"));
    assertThat(charged.charges()).singleElement().satisfies(c -> {
      assertThat(c.includedInBookedAmount()).isTrue();
      assertThat(c.type()).contains("COMM");
    });
    // entry 7: USD 3,200.00 instructed, converted at 0.666667 to EUR 2,120.00, EUR 20.00 charges
    assertThat(fx.instructedAmount()).contains(Money.parse("USD 3200.00"));
    assertThat(fx.transactionAmount()).contains(Money.parse("EUR 2120.00"));
    assertThat(fx.exchangeRate()).hasValueSatisfying(r -> {
      assertThat(r.rate()).isEqualByComparingTo("0.666667");
      assertThat(r.sourceCurrency()).contains(org.joda.money.CurrencyUnit.USD);
      assertThat(r.targetCurrency()).contains(org.joda.money.CurrencyUnit.EUR);
    });
    assertThat(fx.deductedCharges()).contains(Money.parse("EUR 20.00"));
    assertThat(statement.issues()).isEmpty();
  }

  @Test
  void fffs_camt054_reads_notification_without_balances() {
    StatementFile file = Samples.read("camt/fi-fffs-camt054.xml");
    // By hand: 6 entries, each with 2-3 details carrying TxAmt: 2+2+2+3+2+2 = 13 rows.
    // Credits 2000 + 500 + 3000 + 100 (INFO entry, still a row) = 5600.00;
    // debits 4230.05 + 1000.00 = 5230.05.
    assertThat(file.format()).isEqualTo(StatementFormat.CAMT_054);
    assertThat(file.transactions()).hasSize(13);
    assertThat(Samples.totals(file)).containsOnly(entry("EUR CREDIT", "5600.00"),
        entry("EUR DEBIT", "5230.05"));
    assertThat(file.statements().get(0).balanceCheck().status())
        .isEqualTo(BalanceCheck.Status.NOT_CHECKED);
    BankTransaction first = file.transactions().get(0);
    assertThat(first.remittance()).isEqualTo("3900 | 12344");
    BankTransaction info = file.transactions().get(11);
    assertThat(info.status()).isEqualTo(EntryStatus.INFORMATION);
    assertThat(info.returnReason()).hasValueSatisfying(r -> assertThat(r).startsWith("AC01"));
  }

  @Test
  void genkgo_five_decimals_file_is_read_at_the_currency_scale() {
    StatementFile file = Samples.read("camt/genkgo-camt053.v2.five.decimals.xml");
    // By hand: one entry 8.850 EUR credit; balances 18.150 and 27.050 (trailing zeros only).
    assertThat(file.transactions()).hasSize(1);
    assertThat(Samples.totals(file)).containsOnly(entry("EUR CREDIT", "8.85"));
    assertThat(file.statements().get(0).openingBalance()).contains(Money.parse("EUR 18.15"));
    assertThat(file.transactions().get(0).remittance()).isEqualTo("Transaction Description");
  }

  @Test
  void genkgo_minimal_and_multi_statement() {
    StatementFile minimal = Samples.read("camt/genkgo-camt053.v2.minimal.xml");
    // By hand: one entry, 8.85 EUR credit, one detail without an amount.
    assertThat(minimal.transactions()).hasSize(1);
    assertThat(Samples.totals(minimal)).containsOnly(entry("EUR CREDIT", "8.85"));
    assertThat(minimal.transactions().get(0).counterpartyAccount()).contains("NL56AGDH9619008421");

    StatementFile multi = Samples.read("camt/genkgo-camt053.v2.multi.statement.xml");
    // By hand: 2 statements; 8.85 EUR credit then 7.00 EUR debit; both balance.
    assertThat(multi.statements()).hasSize(2);
    assertThat(multi.transactions()).hasSize(2);
    assertThat(Samples.totals(multi)).containsOnly(entry("EUR CREDIT", "8.85"),
        entry("EUR DEBIT", "7.00"));
    assertThat(multi.statements()).allSatisfy(s -> assertThat(s.balanceCheck().isBalanced()).isTrue());
    assertThat(multi.transactions().get(1).remittance()).isEqualTo("Transaction Description 2");
  }

  @Test
  void genkgo_v4_and_v8_keep_the_booked_amount_when_the_one_detail_says_sek_0() {
    for (String name : List.of("camt/genkgo-camt053.v4.xml", "camt/genkgo-camt053.v8.xml")) {
      StatementFile file = Samples.read(name);
      // By hand: one entry booked EUR 8.85 CRDT whose single detail has its own Amt SEK 0: the
      // booked 8.85 is the row; the detail's SEK 0 is the file's issue, noted on the statement.
      assertThat(file.transactions()).as(name).hasSize(1);
      assertThat(Samples.totals(file)).as(name).containsOnly(entry("EUR CREDIT", "8.85"));
      assertThat(file.transactions().get(0).remittance()).isEqualTo("4654654654654654");
      assertThat(file.transactions().get(0).counterpartyName()).contains("NAME NAME");
      assertThat(file.statements().get(0).issues()).as(name).singleElement()
          .asString().contains("SEK 0.00").contains("EUR 8.85");
    }
    assertThat(Samples.read("camt/genkgo-camt053.v8.xml").transactions().get(0).endToEndId())
        .contains("MUELL/FINP/RA12345");
  }

  @Test
  void genkgo_camt054_v8_keeps_the_uetr() {
    StatementFile file = Samples.read("camt/genkgo-camt054.v8-with-UETR.xml");
    // By hand: one entry, SEK 200000 debit, status <Cd>BOOK</Cd>.
    assertThat(Samples.totals(file)).containsOnly(entry("SEK DEBIT", "200000.00"));
    assertThat(file.transactions().get(0).uetr())
        .contains("255ae394-9965-4438-ac86-f406feada396");
    assertThat(file.transactions().get(0).status()).isEqualTo(EntryStatus.BOOKED);
  }

  @Test
  void genkgo_wrong_file_is_refused_with_a_clear_message() {
    assertThatThrownBy(() -> Samples.read("camt/genkgo-camt053.v2.wrong.xml"))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("genkgo-camt053.v2.wrong.xml")
        .hasMessageContaining("holds no statement");
  }

  @Test
  void postfinance_camt053_v04_splits_32_details_and_balances() {
    StatementFile file = Samples.read("camt/postfinance-camt053-v04.xml");
    // By hand: 13 entries, 32 TxDtls, every detail with its own Amt -> 32 rows.
    // Debits 24.00 + 328.75 + 200.80 + 638.15 + 24.00 + 35.72 + 6.00 + 15.53 = 1272.95;
    // credits: batch 1000.00 (10 details) + 620.00 (8) + 110.00 (3) + 24.00 (2) + 56.56 = 1810.56.
    assertThat(file.transactions()).hasSize(32);
    assertThat(Samples.totals(file)).containsOnly(entry("CHF CREDIT", "1810.56"),
        entry("CHF DEBIT", "1272.95"));
    BankStatement statement = file.statements().get(0);
    assertThat(statement.balanceCheck().isBalanced()).isTrue();
    BankTransaction esr = file.transactions().get(6);
    assertThat(esr.creditorReferences()).containsExactly("000000000002015110002913192");
    BankTransaction returned = file.transactions().get(31);
    assertThat(returned.direction()).isEqualTo(Direction.DEBIT);
    assertThat(returned.returnReason()).hasValueSatisfying(r -> assertThat(r).startsWith("MD06"));
  }

  @Test
  void postfinance_camt054_batch_and_returns() {
    StatementFile batch = Samples.read("camt/postfinance-camt054-batch.xml");
    // By hand: one entry 113.00 CHF credit split into details 111.00 and 2.00.
    assertThat(batch.transactions()).hasSize(2);
    assertThat(Samples.totals(batch)).containsOnly(entry("CHF CREDIT", "113.00"));
    assertThat(batch.transactions().get(1).counterpartyName()).contains("Lord Bayron");

    StatementFile returns = Samples.read("camt/postfinance-camt054-returns.xml");
    // By hand: one returned payment, 500.00 CHF credit, reason AC01.
    assertThat(Samples.totals(returns)).containsOnly(entry("CHF CREDIT", "500.00"));
    BankTransaction back = returns.transactions().get(0);
    assertThat(back.returnReason()).contains("AC01 Kontonummer falsch");
    assertThat(back.endToEndId()).contains("EndToEndId-001-03-04");
  }

  // ---------------------------------------------------------------- MT940

  @Test
  void abnamro_reads_envelope_lines_and_two_statements() {
    StatementFile file = Samples.read("mt940/abnamro.sta");
    // By hand: 8 + 2 :61: lines, all debits: 9 + 11.59 + 11.63 + 11.80 + 13.45 + 15.49 + 107
    // + 141.48 + 9.49 + 15 = 345.93.
    assertThat(file.format()).isEqualTo(StatementFormat.MT940);
    assertThat(file.statements()).hasSize(2);
    assertThat(file.transactions()).hasSize(10);
    assertThat(Samples.totals(file)).containsOnly(entry("EUR DEBIT", "345.93"));
    // the sample's balances do not add up: a result, not an error
    assertThat(file.statements().get(0).balanceCheck().status())
        .isEqualTo(BalanceCheck.Status.UNBALANCED);
    assertThat(file.transactions().get(0).remittance())
        .startsWith("GIRO 428428 KPN - DIGITENNE").endsWith("INCL. 1,44 BTW");
  }

  @Test
  void betterplace_amount_formats_reads_every_notation() {
    StatementFile file = Samples.read("mt940/betterplace-amount-formats.sta");
    // By hand: six :60F: lines, no :61:.
    assertThat(file.transactions()).isEmpty();
    assertThat(file.statements()).extracting(s -> s.openingBalance().orElseThrow())
        .containsExactly(Money.parse("EUR 380115.12"), Money.parse("EUR 380115.10"),
            Money.parse("EUR 380115.00"), Money.parse("EUR 0.12"), Money.parse("EUR 0.12"),
            Money.parse("EUR 1.12"));
  }

  @Test
  void betterplace_sepa_reads_german_structured_details() {
    StatementFile file = Samples.read("mt940/betterplace-sepa.sta");
    // Counted from the file: 97 :61: lines (RC counted as debit), every statement balancing
    // against its own :60F:/:62F:.
    assertThat(file.transactions()).hasSize(97);
    assertThat(Samples.totals(file)).containsOnly(entry("EUR CREDIT", "5188474.94"),
        entry("EUR DEBIT", "14457610.84"));
    assertThat(file.statements()).allSatisfy(s -> assertThat(s.balanceCheck().status())
        .isEqualTo(BalanceCheck.Status.BALANCED));
    BankTransaction reversal = file.transactions().get(5);
    assertThat(reversal.isReversal()).isTrue();
    assertThat(reversal.direction()).isEqualTo(Direction.DEBIT);
    BankTransaction credit = file.transactions().get(7);
    assertThat(credit.endToEndId()).contains("EndToEndIdTFNR2000400001");
    assertThat(credit.counterpartyAccount()).contains("DE42100100100043921105");
    assertThat(credit.counterpartyName())
        .contains("Richter Renate 70 Zeichen Beginn Fuellzeichen xxxxxxxx");
    assertThat(credit.remittance()).startsWith("TO 13 TFNr 20004 Eingangskanal Mint");
  }

  @Test
  void citi_usd_reads_blank_entry_date_and_funds_code() {
    StatementFile file = Samples.read("mt940/citi-usd.sta");
    // By hand: 5 :61: lines: DD212,39 DD369,28 CD0,00 CD0,00 DD561,08.
    assertThat(file.transactions()).hasSize(5);
    assertThat(Samples.totals(file)).containsOnly(entry("USD CREDIT", "0.00"),
        entry("USD DEBIT", "1142.75"));
    assertThat(file.statements().get(0).balanceCheck().isBalanced()).isTrue();
  }

  @Test
  void cmxl_reads_three_currencies() {
    StatementFile file = Samples.read("mt940/cmxl-multicurrency.sta");
    // By hand: DEM 11 lines (credits 18500 + 4200 + 3656.74 + 23040 = 49396.74, debits 49309.44),
    // EUR 2 lines (D 800, C 3000), PLN 3 lines (C 20000 + 40, D 10000).
    assertThat(file.statements()).hasSize(3);
    assertThat(file.transactions()).hasSize(16);
    assertThat(Samples.totals(file)).containsOnly(entry("DEM CREDIT", "49396.74"),
        entry("DEM DEBIT", "49309.44"), entry("EUR CREDIT", "3000.00"),
        entry("EUR DEBIT", "800.00"), entry("PLN CREDIT", "20040.00"),
        entry("PLN DEBIT", "10000.00"));
    BankTransaction rent = file.transactions().get(11);
    assertThat(rent.remittance()).isEqualTo("Miete November");
    assertThat(rent.counterpartyName()).contains("MUELLER");
    assertThat(rent.bookingDate()).contains(LocalDate.of(2002, 11, 2));
    assertThat(rent.valueDate()).contains(LocalDate.of(2002, 11, 1));
  }

  @Test
  void malformed_details_are_read_leniently() {
    StatementFile file = Samples.read("mt940/malformed-details.sta");
    // By hand: one debit of 233.15.
    assertThat(Samples.totals(file)).containsOnly(entry("EUR DEBIT", "233.15"));
    BankTransaction tax = file.transactions().get(0);
    assertThat(tax.counterpartyName()).contains("Finanzamt Muenchen Abteilung Erhebung");
    assertThat(tax.remittance()).startsWith("STEUERNR 123/123/12345");
  }

  @Test
  void rabobank_reads_slash_coded_details() {
    StatementFile file = Samples.read("mt940/rabobank-iban.sta");
    // By hand: 2 statements of 2 debits each: 25 + 10 + 25 + 10 = 70.
    assertThat(file.statements()).hasSize(2);
    assertThat(Samples.totals(file)).containsOnly(entry("EUR DEBIT", "70.00"));
    BankTransaction first = file.transactions().get(0);
    assertThat(first.counterpartyName()).contains("CONTRA ACCOUNT HOLDER");
    assertThat(first.counterpartyAccount()).contains("NL70ABNA0987654321");
    assertThat(file.transactions().get(1).remittance()).isEqualTo("Reference 201301234");
  }

  // ---------------------------------------------------------------- BAI2

  @Test
  void moj_citi_gbp_reads_continuations() {
    StatementFile file = Samples.read("bai2/moj-citi-gbp.bai2");
    // By hand: one 16 record, type 191 (credit), amount 001 = GBP 0.01, seven 88 lines;
    // control totals 20001 and record counts 10/12/14 agree.
    assertThat(file.format()).isEqualTo(StatementFormat.BAI2);
    assertThat(Samples.totals(file)).containsOnly(entry("GBP CREDIT", "0.01"));
    BankStatement statement = file.statements().get(0);
    assertThat(statement.issues()).isEmpty();
    assertThat(file.transactions().get(0).remittance()).startsWith("FR:FP SIP INCOMING");
  }

  @Test
  void moov_sample1_reads_two_accounts_with_agreeing_control_totals() {
    StatementFile file = Samples.read("bai2/moov-sample1.bai2");
    // By hand: 11 + 6 16-records, type 108 credits and 409 debits;
    // credits 2035 + 25 + 25 + 115 + 1000 = 3200.00, debits 25 + 900 + 5 + 200 + 900 + 20 + 25
    // + 10 + 1000 + 90 + 20 + 5 = 3200.00; 17 rows.
    assertThat(file.statements()).hasSize(2);
    assertThat(file.transactions()).hasSize(17);
    assertThat(Samples.totals(file)).containsOnly(entry("CAD CREDIT", "3200.00"),
        entry("CAD DEBIT", "3200.00"));
    assertThat(file.statements()).allSatisfy(s -> assertThat(s.issues()).isEmpty());
  }

  @Test
  void moov_sample3_splits_records_sharing_a_line_and_balances_15_accounts() {
    StatementFile file = Samples.read("bai2/moov-sample3.bai2");
    // Counted from the file: 15 accounts (03 records; the 98 trailer says 15 too), 26 16-records,
    // all 142/195 credits and 451 debits.
    assertThat(file.statements()).hasSize(15);
    assertThat(file.transactions()).hasSize(26);
    assertThat(Samples.totals(file)).containsOnly(entry("USD CREDIT", "397.13"),
        entry("USD DEBIT", "594.18"));
    assertThat(file.statements()).allSatisfy(s -> {
      assertThat(s.issues()).isEmpty();
      assertThat(s.balanceCheck().isBalanced()).isTrue();
    });
  }

  @Test
  void moov_sample5_reads_free_text_and_reports_control_totals_that_do_not_add_up() {
    StatementFile file = Samples.read("bai2/moov-sample5-freetext.bai2");
    // Counted from the file: 20 16-records, none 700-999.
    assertThat(file.transactions()).hasSize(20);
    assertThat(Samples.totals(file)).containsOnly(entry("USD CREDIT", "37986021.19"),
        entry("USD DEBIT", "318125.17"));
    assertThat(file.statements().get(1).issues()).isNotEmpty();
    // The group and file trailers of this file disagree with what it holds; every statement
    // of the group carries the same four findings.
    assertThat(file.statements().get(0).issues()).containsExactly(
        "BAI2 group trailer (98) at line 123 gives control total 13060195162 but the accounts'"
            + " totals add up to -1247101146600",
        "BAI2 group trailer (98) at line 123 counts 4 accounts but the group has 5",
        "BAI2 group trailer (98) at line 123 counts 16 records but the group has 121",
        "BAI2 file trailer (99) at line 124 counts 18 records but the file has 123");
    BankTransaction rtp = file.transactions().stream()
        .filter(t -> t.endToEndId().filter("RTR60880840833"::equals).isPresent())
        .findFirst().orElseThrow();
    assertThat(rtp.remittance()).isEqualTo("Test Remittance");
    assertThat(rtp.counterpartyName()).contains("SAMPLE INC");
    assertThat(rtp.direction()).isEqualTo(Direction.CREDIT);
  }

  // ---------------------------------------------------------------- legacy shapes, by hand

  @Test
  void old_rabobank_names_the_counterparty_from_the_padded_reference() {
    StatementFile file = Samples.read("mt940/rabobank-legacy.sta");
    // By hand: :61:110527D000000001213,28N0440121470966      W.P. Jansen, then four :86: lines
    BankTransaction first = file.transactions().get(0);
    assertThat(first.amount()).isEqualTo(Money.parse("EUR 1213.28"));
    assertThat(first.counterpartyAccount()).contains("0121470966");
    assertThat(first.counterpartyName()).contains("W.P. Jansen");
    assertThat(first.remittance()).isEqualTo("Terugboeking NIET AKKOORD MET AFSCHRIJVING"
        + " KOSTEN KINDEROPVANG JUNI 20095731");
    // the file ends with a control character after the last :86:, which is not text
    assertThat(file.transactions().get(4).remittance())
        .isEqualTo("Betaalautomaat 08:22 pasnr. 001");
  }

  @Test
  void mbank_mt942_takes_its_currency_from_34f_without_decimal_comma() {
    StatementFile file = Samples.read("mt940/mbank-mt942.sta");
    // By hand: :34F:PLN0, three :61: credits of 0,01; the file is framed by SOH and ETX.
    assertThat(file.statements().get(0).currency()).contains(org.joda.money.CurrencyUnit.of("PLN"));
    assertThat(file.transactions()).allSatisfy(t -> assertThat(t.amount())
        .isEqualTo(Money.parse("PLN 0.01")));
  }
}
