package io.credere.cli.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.credere.cli.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code credere score} byte for byte on hand-computed cases. Without limit, ledger, financials
 * and bureau every customer scores (standard scorecard, best 120 weighted points): trend missing
 * 6 (lost 4, NO_PAYMENT_TREND), Z missing 10 (lost 10, NO_FINANCIALS), bureau missing 12 (lost
 * 8, NO_BUREAU_REPORT), relationship under 2 years 4 (lost 6, NEW_CUSTOMER) or unknown 4 (lost
 * 6, NO_RELATIONSHIP_HISTORY), no limit 5 (lost 5, NO_CREDIT_LIMIT), nothing open 20: 57 points
 * plus the payment index's (x3: 80+ 30, 70-79 24, 50-69 15, 30-49 6, below 30 0, missing 15).
 */
class ScoreCommandTest {

  static final String HISTORY = "customer_id,document_id,amount,currency,due_date,paid_date\n";

  @TempDir
  Path dir;

  @Test
  void payment_index_at_anchor_points_between_them_and_floored_at_1() throws IOException {
    Path customers = Files.writeString(dir.resolve("customers.csv"),
        "customer_id,name,currency\n"
            + "A-NONE,No History Ltd,EUR\n"
            + "P-EARLY,Early Ltd,EUR\n"
            + "P-FLOOR,Floor Ltd,EUR\n"
            + "P-LATE150,Late Ltd,EUR\n"
            + "P-LATE5,Slightly Late Ltd,EUR\n"
            + "P-MIX,Mixed Ltd,EUR\n"
            + "P-ONTIME,On Time Ltd,EUR\n");
    Path history = Files.writeString(dir.resolve("history.csv"), HISTORY
        // -30 days: index 100 (anchor)
        + "P-EARLY,I-1,12000.00,EUR,2026-10-01,2026-09-01\n"
        // 0 days: index 80 (anchor)
        + "P-ONTIME,I-2,6000.00,EUR,2026-10-01,2026-10-01\n"
        // 5 days: 80 - 5 x 10/15 = 76.67 -> 77
        + "P-LATE5,I-3,1800.00,EUR,2026-10-01,2026-10-06\n"
        // 150 days: 20 - 30/3 = 10
        + "P-LATE150,I-4,24000.00,EUR,2026-05-01,2026-09-28\n"
        // 200 days: 20 - 80/3 = -6.67 -> never below 1
        + "P-FLOOR,I-5,100.00,EUR,2026-01-01,2026-07-20\n"
        // (100 x 10 + 300 x 30) / 400 = 25.0 days: 60 - 3 x 10/8 = 56.25 -> 56
        + "P-MIX,I-6,100.00,EUR,2026-10-01,2026-10-11\n"
        + "P-MIX,I-7,300.00,EUR,2026-10-01,2026-10-31\n");
    CliRun run = CliRun.of("score", "--customers", customers.toString(), "--as-of", "2026-11-20",
        "--history", history.toString());
    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).isZero();
    String common = "NO_FINANCIALS;NO_BUREAU_REPORT;NEW_CUSTOMER;NO_CREDIT_LIMIT;NO_PAYMENT_TREND";
    assertThat(run.out()).isEqualTo(String.join("\n",
        "customer_id,score,grade,payment_index,weighted_days_beyond_terms,z_score,z_model,"
            + "z_zone,recommended_limit,current_limit,reasons",
        // 15 + 57 = 72 of 120 = 60; no sales, financials or bureau: no limit recommended
        "A-NONE,60,C,,,,,,,,NO_PAYMENT_HISTORY;NO_FINANCIALS;NO_BUREAU_REPORT;"
            + "NO_RELATIONSHIP_HISTORY;NO_CREDIT_LIMIT;NO_PAYMENT_TREND",
        // 30 + 57 = 87 -> 72.5 -> 72 (HALF_EVEN), B; sales 12000/12 = 1000 x 2 = 2000.00
        "P-EARLY,72,B,100,-30.0,,,,2000.00,," + common,
        // 0 + 57 = 57 -> 47.5 -> 48, D; 100/12 = 8.33 x 1 = 8.33 -> 0.00 in steps of 1000
        "P-FLOOR,48,D,1,200.0,,,,0.00,,PAYS_SEVERELY_LATE;" + common,
        // 57 -> 48, D; 24000/12 = 2000 x 1 = 2000.00
        "P-LATE150,48,D,10,150.0,,,,2000.00,,PAYS_SEVERELY_LATE;" + common,
        // 24 + 57 = 81 -> 67.5 -> 68, B; PAYS_SLIGHTLY_LATE and NEW_CUSTOMER both lose 6
        // (characteristic order); 1800/12 = 150 x 2 = 300 -> 0.00
        "P-LATE5,68,B,77,5.0,,,,0.00,,NO_FINANCIALS;NO_BUREAU_REPORT;PAYS_SLIGHTLY_LATE;"
            + "NEW_CUSTOMER;NO_CREDIT_LIMIT;NO_PAYMENT_TREND",
        // 15 + 57 = 72 -> 60, C; 400/12 = 33.33 x 1.5 = 50.00 -> 0.00
        "P-MIX,60,C,56,25.0,,,,0.00,,PAYS_LATE;" + common,
        // 30 + 57 = 87 -> 72, B; 6000/12 = 500 x 2 = 1000.00
        "P-ONTIME,72,B,80,0.0,,,,1000.00,," + common,
        ""));
  }

  @Test
  void z_double_prime_by_default_and_1968_z_with_market_equity_with_zones() throws IOException {
    Path customers = Files.writeString(dir.resolve("customers.csv"),
        "customer_id,name,currency\n"
            + "Z-DIST,Distress Inc,EUR\nZ-GREY,Grey Ltd,EUR\nZ-SAFE,Safe Ltd,EUR\n"
            + "Z-LISTED,Listed AG,EUR\nZ-NONE,No Statement Ltd,EUR\n");
    Path financials = Files.writeString(dir.resolve("financials.csv"),
        "customer_id,currency,total_assets,total_liabilities,current_assets,"
            + "current_liabilities,retained_earnings,ebit,sales,book_equity,market_equity\n"
            // Z'': X1 = 200/1000 = 0.2, X2 = 0.3, X3 = 0.1, X4 = 500/500 = 1
            // 6.56 x 0.2 + 3.26 x 0.3 + 6.72 x 0.1 + 1.05 x 1 = 1.312 + 0.978 + 0.672 + 1.05
            // = 4.012 -> 4.01, above 2.60: SAFE
            + "Z-SAFE,EUR,1000000.00,500000.00,400000.00,200000.00,300000.00,100000.00,"
            + "1500000.00,500000.00,\n"
            // Z 1968: same with market equity 1200: X4 = 2.4, X5 = 1.5
            // 1.2 x 0.2 + 1.4 x 0.3 + 3.3 x 0.1 + 0.6 x 2.4 + 1.0 x 1.5
            // = 0.24 + 0.42 + 0.33 + 1.44 + 1.5 = 3.93, above 2.99: SAFE
            + "Z-LISTED,EUR,1000000.00,500000.00,400000.00,200000.00,300000.00,100000.00,"
            + "1500000.00,500000.00,1200000.00\n"
            // Z'': X1 = 0.05, X2 = 0.05, X3 = 0.06, X4 = 200/800 = 0.25
            // 0.328 + 0.163 + 0.4032 + 0.2625 = 1.1567 -> 1.16, from 1.10 to 2.60: GREY
            + "Z-GREY,EUR,1000000.00,800000.00,300000.00,250000.00,50000.00,60000.00,"
            + "900000.00,200000.00,\n"
            // Z: X1 = -0.05, X2 = -0.1, X3 = -0.02, X4 = 300/600 = 0.5, X5 = 0.8
            // -0.06 - 0.14 - 0.066 + 0.3 + 0.8 = 0.834 -> 0.83, below 1.81: DISTRESS
            + "Z-DIST,EUR,1000000.00,600000.00,250000.00,300000.00,-100000.00,-20000.00,"
            + "800000.00,400000.00,300000.00\n");
    CliRun run = CliRun.of("score", "--customers", customers.toString(), "--as-of", "2026-11-20",
        "--financials", financials.toString());
    assertThat(run.err()).isEmpty();
    String rest = "NO_BUREAU_REPORT;NO_RELATIONSHIP_HISTORY;NO_CREDIT_LIMIT;NO_PAYMENT_TREND";
    assertThat(run.out()).isEqualTo(String.join("\n",
        "customer_id,score,grade,payment_index,weighted_days_beyond_terms,z_score,z_model,"
            + "z_zone,recommended_limit,current_limit,reasons",
        // Z 0 + 62 = 62 -> 51.67 -> 52, C; working capital -50000: 20% caps at 0
        "Z-DIST,52,C,,,0.83,Z,DISTRESS,0.00,,Z_DISTRESS_ZONE;NO_PAYMENT_HISTORY;" + rest,
        // Z 10 + 62 = 72 -> 60, C; min(10% x 200000, 20% x 50000) = 10000.00
        "Z-GREY,60,C,,,1.16,Z'',GREY,10000.00,,NO_PAYMENT_HISTORY;Z_GREY_ZONE;" + rest,
        // Z 20 + 62 = 82 -> 68.33 -> 68, B; min(10% x 500000, 20% x 200000) = 40000.00
        "Z-LISTED,68,B,,,3.93,Z,SAFE,40000.00,,NO_PAYMENT_HISTORY;" + rest,
        "Z-NONE,60,C,,,,,,,,NO_PAYMENT_HISTORY;NO_FINANCIALS;" + rest,
        "Z-SAFE,68,B,,,4.01,Z'',SAFE,40000.00,,NO_PAYMENT_HISTORY;" + rest,
        ""));
  }

  @Test
  void bad_history_row_exits_1_naming_line_and_column() throws IOException {
    Path customers = Files.writeString(dir.resolve("customers.csv"),
        "customer_id,name,currency\nC-1,One Ltd,EUR\n");
    Path history = Files.writeString(dir.resolve("history.csv"), HISTORY
        + "C-1,I-1,100.00,EUR,2026-10-01,2026-10-01\n"
        + "C-1,I-2,100.00,EUR,2026-10-01,2026-13-01\n");
    Path output = dir.resolve("scores.csv");
    CliRun run = CliRun.of("score", "--customers", customers.toString(), "--as-of", "2026-11-20",
        "--history", history.toString(), "--output", output.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains(history + ", line 3, column paid_date: '2026-13-01'")
        .doesNotContain("\tat ");
    assertThat(output).doesNotExist();
  }

  @Test
  void with_rejects_the_bad_row_is_set_aside_and_the_rest_scored() throws IOException {
    Path customers = Files.writeString(dir.resolve("customers.csv"),
        "customer_id,name,currency\nC-1,One Ltd,EUR\n");
    Path history = Files.writeString(dir.resolve("history.csv"), HISTORY
        + "C-1,I-1,100.00,EUR,2026-10-01,2026-10-01\n"
        + "C-1,I-2,1.234,EUR,2026-10-01,2026-10-01\n");
    Path rejects = dir.resolve("rejects.csv");
    CliRun run = CliRun.of("score", "--customers", customers.toString(), "--as-of", "2026-11-20",
        "--history", history.toString(), "--rejects", rejects.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("\nC-1,72,B,80,0.0,");
    assertThat(Files.readString(rejects)).contains(",3,").contains("column amount");
  }

  @Test
  void missing_as_of_is_wrong_usage() {
    assertThat(CliRun.of("score", "--customers", "x.csv").exitCode()).isEqualTo(2);
  }
}
