package io.credere.cli.collections;

import static org.assertj.core.api.Assertions.assertThat;

import io.credere.cli.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DunningCommandTest {

  static final String LEDGER = "customer_id,document_id,document_type,document_date,due_date,"
      + "currency,amount,open_amount,disputed\n"
      + "C-1,INV-1,INVOICE,2026-09-01,2026-10-01,EUR,1000.00,1000.00,false\n"
      + "C-1,INV-2,INVOICE,2026-09-01,2026-10-01,EUR,50.00,50.00,true\n"
      + "C-2,INV-3,INVOICE,2026-11-01,2026-11-17,GBP,5.00,5.00,false\n"
      + "C-3,INV-4,INVOICE,2026-11-01,2026-12-01,EUR,70.00,70.00,false\n";
  static final String CUSTOMERS = "customer_id,name,currency,risk_class\n"
      + "C-1,=Acme GmbH,EUR,E\nC-2,Bolt Ltd,GBP,A\nC-3,Cog AG,EUR,B\n";

  @TempDir
  Path dir;

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }

  @Test
  void proposes_level_1_records_the_disputed_item_and_writes_the_letter() throws IOException {
    // C-1: INV-1 50 days overdue; first run -> level 1 EMAIL; next step: level 2 at max(due + 21,
    // as-of + 10) = 2026-11-30. INV-2 disputed. C-2: 3 days overdue, level 1 at 7 days ->
    // WAITING until 2026-11-24. C-3 not overdue: no row.
    Path letters = dir.resolve("letters");
    CliRun run = CliRun.of("dunning", "--ledger", write("ledger.csv", LEDGER).toString(),
        "--customers", write("customers.csv", CUSTOMERS).toString(), "--as-of", "2026-11-20",
        "--letters", letters.toString());
    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo(String.join(",", DunningReport.COLUMNS) + "\n"
        + "C-1,'=Acme GmbH,EUR,1,EMAIL,INV-1,1000.00,,0.00,0.00,0.00,0.00,1000.00,2026-11-30,,"
        + "INV-2:DISPUTED,\"Level 1 EMAIL for 1 overdue item(s) of 1000.00 EUR, the oldest 50 "
        + "days past due (no level sent before); next step on 2026-11-30.\"\n"
        + "C-2,Bolt Ltd,GBP,,,,0.00,,0.00,0.00,0.00,0.00,0.00,2026-11-24,WAITING,,\"Level 1 is not due "
        + "yet for 1 overdue item(s) of 5.00 GBP, the oldest 3 days past due (no level sent "
        + "before); next step on 2026-11-24.\"\n");
    assertThat(Files.readString(letters.resolve("C-1-EUR-level-1-EMAIL-de.txt")))
        .startsWith("Betreff: Zahlungserinnerung 1 - Kundennummer C-1 - 1.000,00 EUR überfällig");
  }

  @Test
  void reads_a_policy_file_and_refuses_a_bad_channel_naming_line_and_column() throws IOException {
    Path policy = write("policy.csv", "level,days_overdue,min_amount,channel,fee,interest,"
        + "wait_days\n1,10,0,LETTER,2.50,false,0\n2,20,0,SMS,0,false,5\n");
    CliRun run = CliRun.of("dunning", "--ledger", write("ledger.csv", LEDGER).toString(),
        "--customers", write("customers.csv", CUSTOMERS).toString(), "--as-of", "2026-11-20",
        "--policy", policy.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains(policy + ", line 3, column channel: 'SMS' is not a channel");
  }

  @Test
  void a_custom_policy_sets_the_fee() throws IOException {
    Path policy = write("policy.csv", "level,days_overdue,min_amount,channel,fee,interest,"
        + "wait_days\n1,10,0,LETTER,2.50,false,0\n");
    CliRun run = CliRun.of("dunning", "--ledger", write("ledger.csv", LEDGER).toString(),
        "--customers", write("customers.csv", CUSTOMERS).toString(), "--as-of", "2026-11-20",
        "--policy", policy.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("C-1,'=Acme GmbH,EUR,1,LETTER,INV-1,1000.00,,0.00,2.50,0.00,"
        + "0.00,1002.50,,,INV-2:DISPUTED,");
  }

  @Test
  void bad_ledger_row_exits_1_and_missing_as_of_exits_2() throws IOException {
    CliRun bad = CliRun.of("dunning", "--ledger", write("ledger.csv", LEDGER
        + "C-4,INV-5,INVOICE,2026-11-01,2026-13-01,EUR,1.00,1.00,false\n").toString(),
        "--customers", write("customers.csv", CUSTOMERS).toString(), "--as-of", "2026-11-20");
    assertThat(bad.exitCode()).isEqualTo(1);
    assertThat(bad.err()).contains("line 6, column due_date");
    CliRun usage = CliRun.of("dunning", "--ledger", "x.csv", "--customers", "y.csv");
    assertThat(usage.exitCode()).isEqualTo(2);
  }

  @Test
  void worklist_ranks_accounts_byte_for_byte() throws IOException {
    // C-1: 1000.00 x 50 days x weight 4 (E) = 200,000.00; C-2: 5.00 x 3 x 1 (A) = 15.00.
    CliRun run = CliRun.of("worklist", "--ledger", write("ledger.csv", LEDGER).toString(),
        "--customers", write("customers.csv", CUSTOMERS).toString(), "--as-of", "2026-11-20");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo(String.join(",", WorklistReport.COLUMNS) + "\n"
        + "1,C-1,'=Acme GmbH,EUR,1000.00,1,50,E,false,200000.00,\"1000.00 EUR overdue in 1 "
        + "item(s), the oldest 50 days, risk grade E (weight 4.0).\",,\n"
        + "2,C-2,Bolt Ltd,GBP,5.00,1,3,A,false,15.00,\"5.00 GBP overdue in 1 item(s), the "
        + "oldest 3 days, risk grade A (weight 1.0).\",,\n");
    assertThat(CliRun.of("worklist", "--ledger", "x.csv").exitCode()).isEqualTo(2);
  }

  @Test
  void notices_sent_raise_the_level_and_claim_de_bgb_interest() throws IOException {
    // C-1 had level 2 on 2026-11-01 (19 days ago, more than level 3's 7 waiting days): level 3
    // PHONE_CALL with interest. INV-1 EUR 1,000.00 due 2026-10-01, 50 days late; Basiszinssatz
    // 1.27 + 9 = 10.27: 1000 x 10.27 x 50 / 36500 = 14.0684... -> 14.07; compensation EUR 40.
    // Next: level 4 at due + 49 = 2026-11-19, or as-of + 7 = 2026-11-27 -> 2026-11-27.
    Path notices = write("notices.csv", "customer_id,currency,level,date,documents\n"
        + "C-1,EUR,2,2026-11-01,INV-1;INV-2\n");
    CliRun run = CliRun.of("dunning", "--ledger", write("ledger.csv", LEDGER).toString(),
        "--customers", write("customers.csv", CUSTOMERS).toString(), "--as-of", "2026-11-20",
        "--notices", notices.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("C-1,'=Acme GmbH,EUR,3,PHONE_CALL,INV-1,1000.00,,0.00,0.00,14.07,"
        + "40.00,1054.07,2026-11-27,,INV-2:DISPUTED,");
  }
}
