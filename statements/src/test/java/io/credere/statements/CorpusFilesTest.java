package io.credere.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The wider corpus of public bank files (see {@code samples/README.md} for each file's origin,
 * licence and commit). For every file the rows and the totals per currency and direction were
 * read off the raw file independently of the readers (the {@code :61:} lines, {@code 16} records
 * and {@code Ntry} elements listed and added up per currency and direction by hand and with a
 * separate count over the raw text), then written here.
 */
class CorpusFilesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      camt/genkgo-camt052.v1.xml               | CAMT_052 | 1  | 1  | SEK DEBIT=200000.00
      camt/genkgo-camt052.v2.xml               | CAMT_052 | 1  | 1  | SEK DEBIT=200000.00
      camt/genkgo-camt052.v4.xml               | CAMT_052 | 1  | 1  | SEK DEBIT=200000.00
      camt/genkgo-camt052.v6.xml               | CAMT_052 | 1  | 1  | SEK DEBIT=200000.00
      camt/genkgo-camt052.v8.xml               | CAMT_052 | 1  | 1  | SEK DEBIT=200000.00
      camt/genkgo-camt053.v3.xml               | CAMT_053 | 1  | 1  | EUR CREDIT=8.85
      camt/genkgo-camt053.v2.all-balance-types.xml | CAMT_053 | 1 | 1 | EUR CREDIT=8.85
      camt/genkgo-camt054.v2.xml               | CAMT_054 | 1  | 1  | SEK DEBIT=200000.00
      camt/genkgo-camt054.v4.xml               | CAMT_054 | 1  | 1  | SEK DEBIT=200000.00
      camt/genkgo-camt054.v8.xml               | CAMT_054 | 1  | 1  | SEK DEBIT=200000.00
      mt940/rabobank-legacy.sta                | MT940    | 4  | 5  | EUR DEBIT=1589.09
      mt940/ing.sta                            | MT940    | 1  | 7  | EUR CREDIT=4.68;EUR DEBIT=50.27
      mt940/knab.sta                           | MT940    | 2  | 3  | EUR CREDIT=1000.00;EUR DEBIT=7260.00
      mt940/postfinance.sta                    | MT940    | 2  | 4  | CHF CREDIT=239.30;CHF DEBIT=79.90
      mt940/sns.sta                            | MT940    | 2  | 2  | EUR DEBIT=25.00
      mt940/triodos.sta                        | MT940    | 1  | 2  | EUR DEBIT=715.70
      mt940/jejik-generic.sta                  | MT940    | 2  | 2  | EUR DEBIT=20.00
      mt940/asn.sta                            | MT940    | 31 | 8  | EUR CREDIT=2828.90;EUR DEBIT=2771.96
      mt940/mbank-mt942.sta                    | MT942    | 1  | 3  | PLN CREDIT=0.03
      mt940/mbank-mt940.sta                    | MT940    | 1  | 3  | PLN CREDIT=0.03
      mt940/mbank-newline-in-tnr.sta           | MT940    | 1  | 2  | PLN CREDIT=89.00
      mt940/sberbank-huf.sta                   | MT940    | 1  | 3  | HUF DEBIT=9437.00
      mt940/raiffeisen-cmi-huf.sta             | MT940    | 1  | 7  | HUF CREDIT=2066637.00;HUF DEBIT=3078850.50
      mt940/wolph-mt942.sta                    | MT942    | 1  | 1  | EUR DEBIT=0.42
      mt940/february-30.sta                    | MT940    | 1  | 1  | EUR DEBIT=6.00
      mt940/legacy-german-ns.sta               | MT940    | 3  | 9  | DEM CREDIT=145000.00;DEM DEBIT=50000.00
      mt940/gv-codes.sta                       | MT940    | 1  | 2  | EUR DEBIT=257.45
      mt940/betterplace-binary-character.sta   | MT940    | 2  | 4  | EUR CREDIT=14215.30;EUR DEBIT=193282.05
      bai2/moov-sample2.bai2                   | BAI2     | 5  | 4  | USD CREDIT=309500.00
      bai2/moov-sample4-continuations.bai2     | BAI2     | 5  | 17 | USD CREDIT=6007.31;USD DEBIT=313490.55
      """)
  void reads_the_rows_and_totals_read_by_hand(String name, StatementFormat format,
      int statements, int rows, String totals) {
    StatementFile file = Samples.read(name);
    assertThat(file.format()).isEqualTo(format);
    assertThat(file.statements()).hasSize(statements);
    assertThat(file.transactions()).hasSize(rows);
    Map<String, String> expected = new TreeMap<>();
    for (String pair : totals.split(";")) {
      String[] kv = pair.split("=");
      expected.put(kv[0].strip(), kv[1].strip());
    }
    assertThat(Samples.totals(file)).isEqualTo(expected);
    // the booked amounts are what the balance control counts: never more than the rows
    for (BankStatement s : file.statements()) {
      assertThat(s.transactions()).allSatisfy(t -> assertThat(t.amount().isNegative()).isFalse());
    }
  }
}
