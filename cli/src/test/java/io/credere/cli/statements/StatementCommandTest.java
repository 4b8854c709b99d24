package io.credere.cli.statements;

import static org.assertj.core.api.Assertions.assertThat;

import io.credere.cli.CliRun;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatementCommandTest {

  @TempDir
  Path dir;

  private Path sample(String name) throws IOException {
    Path target = dir.resolve(name);
    try (InputStream in = getClass().getResourceAsStream("/statements/" + name)) {
      Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
    }
    return target;
  }

  @Test
  void writes_one_row_per_camt_entry_byte_for_byte() throws IOException {
    CliRun run = CliRun.of("statement", "--file",
        sample("genkgo-camt053.v2.multi.statement.xml").toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).isEqualTo("account,booking_date,value_date,currency,amount,direction,"
        + "reference,counterparty_name,counterparty_account,remittance,instructed_amount,"
        + "instructed_currency,charges\n"
        + "NL26VAYB8060476890,2014-12-31,2015-01-02,EUR,8.85,CREDIT,000000001,,,"
        + "Transaction Description 1,,,\n"
        + "NL26VAYB8060476890,2014-12-31,2015-01-02,EUR,7.00,DEBIT,000000002,Company Name 2,"
        + "NL56AGDH9619008421,Transaction Description 2,,,\n");
  }

  @Test
  void writes_mt940_rows_byte_for_byte() throws IOException {
    CliRun run = CliRun.of("statement", "--file", sample("rabobank-iban.sta").toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).isEqualTo("account,booking_date,value_date,currency,amount,direction,"
        + "reference,counterparty_name,counterparty_account,remittance,instructed_amount,"
        + "instructed_currency,charges\n"
        + "NL71RABO0123456789,2013-01-01,2013-01-01,EUR,25.00,DEBIT,"
        + "01-01-2013 12:00 0030000987654321,CONTRA ACCOUNT HOLDER,NL70ABNA0987654321,,,,\n"
        + "NL71RABO0123456789,2013-01-02,2013-01-02,EUR,10.00,DEBIT,,JOHN DOE,,"
        + "Reference 201301234,,,\n"
        + "NL71RABO0123456789,2013-01-08,2013-01-08,EUR,25.00,DEBIT,"
        + "08-01-2013 12:00 0030000987654321,CONTRA ACCOUNT HOLDER,NL70ABNA0987654321,,,,\n"
        + "NL71RABO0123456789,2013-01-09,2013-01-09,EUR,10.00,DEBIT,,JOHN DOE,,"
        + "Reference 201301234,,,\n");
  }

  @Test
  void summary_gives_one_row_per_statement_with_the_balance_check() throws IOException {
    CliRun run = CliRun.of("statement", "--file", sample("rabobank-iban.sta").toString(),
        "--summary");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).isEqualTo("account,statement_id,format,currency,opening,credits,"
        + "debits,closing,transactions,balance_check,issues\n"
        + "NL71RABO0123456789,940S130101,MT940,EUR,1000.00,0.00,35.00,965.00,2,BALANCED,\n"
        + "NL71RABO0123456789,940S130101,MT940,EUR,965.00,0.00,35.00,930.00,2,BALANCED,\n");
  }

  @Test
  void escapes_remittance_that_looks_like_a_formula() throws IOException {
    Path file = dir.resolve("evil.sta");
    Files.writeString(file, ":20:X\n:25:ACC\n:60F:C240101EUR0,\n:61:240102C1,NTRFNONREF\n"
        + ":86:=HYPERLINK(\"x\")\n:62F:C240102EUR1,\n");
    CliRun run = CliRun.of("statement", "--file", file.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).endsWith(",\"'=HYPERLINK(\"\"x\"\")\",,,\n");
  }

  @Test
  void finnish_sample_shows_instructed_amount_and_charges() throws IOException {
    CliRun run = CliRun.of("statement", "--file", sample("fi-fffs-camt053.xml").toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    // entry 8: booked 5,455.00 for 5,500.00 instructed less 45.00 charges
    assertThat(run.out()).contains(",EUR,5455.00,CREDIT,").contains(",5500.00,EUR,45.00\n");
    // entry 7: USD 3,200.00 instructed, booked EUR 2,120.00, EUR 20.00 charges
    assertThat(run.out()).contains(",EUR,2120.00,CREDIT,").contains(",3200.00,USD,20.00\n");
  }

  @Test
  void summary_shows_the_file_issues() throws IOException {
    CliRun run = CliRun.of("statement", "--file", sample("genkgo-camt053.v4.xml").toString(),
        "--summary");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("its one transaction detail's amount SEK 0.00 is not the"
        + " entry's; read as one row of the entry's EUR 8.85");
    CliRun rows = CliRun.of("statement", "--file", sample("genkgo-camt053.v4.xml").toString());
    assertThat(rows.out()).contains(",EUR,8.85,CREDIT,");
  }

  @Test
  void an_unreadable_or_missing_file_exits_1_and_writes_nothing() throws IOException {
    Path out = dir.resolve("out.csv");
    CliRun run = CliRun.of("statement", "--file",
        sample("genkgo-camt053.v2.wrong.xml").toString(), "--output", out.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("genkgo-camt053.v2.wrong.xml").contains("no statement");
    assertThat(out).doesNotExist();
    CliRun missing = CliRun.of("statement", "--file", dir.resolve("nope.xml").toString(),
        "--output", out.toString());
    assertThat(missing.exitCode()).isEqualTo(1);
    assertThat(missing.err()).contains("file").contains("nope.xml").contains("does not exist");
    assertThat(out).doesNotExist();
  }

  @Test
  void garbage_names_the_file_and_missing_option_is_usage() throws IOException {
    Path garbage = dir.resolve("garbage.txt");
    Files.writeString(garbage, "hello world\n");
    CliRun run = CliRun.of("statement", "--file", garbage.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("garbage.txt").contains("not a camt.053");
    assertThat(CliRun.of("statement").exitCode()).isEqualTo(2);
  }

  @Test
  void writes_json_and_xlsx() throws IOException {
    Path json = dir.resolve("s.json");
    CliRun run = CliRun.of("statement", "--file", sample("rabobank-iban.sta").toString(),
        "--output", json.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(Files.readString(json)).contains("CONTRA ACCOUNT HOLDER");
    Path xlsx = dir.resolve("s.xlsx");
    assertThat(CliRun.of("statement", "--file", sample("rabobank-iban.sta").toString(),
        "--output", xlsx.toString()).exitCode()).isZero();
    assertThat(xlsx).exists();
  }
}
