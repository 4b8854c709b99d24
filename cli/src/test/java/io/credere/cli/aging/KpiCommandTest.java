package io.credere.cli.aging;

import static org.assertj.core.api.Assertions.assertThat;

import io.credere.cli.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KpiCommandTest {

  static final String HEADER =
      "period,currency,credit_sales,ending_receivables,ending_current_receivables\n";
  static final String OUT_HEADER = "period,currency,dso,countback_dso,best_possible_dso,"
      + "average_days_delinquent,cei,percent_current\n";

  @TempDir
  Path dir;

  private CliRun kpi(String history, String... more) throws IOException {
    Path file = dir.resolve("ar-history.csv");
    Files.writeString(file, history);
    String[] args = new String[3 + more.length];
    args[0] = "kpi";
    args[1] = "--ar-history";
    args[2] = file.toString();
    System.arraycopy(more, 0, args, 3, more.length);
    return CliRun.of(args);
  }

  @Test
  void computes_every_kpi_per_row_in_input_order() throws IOException {
    CliRun run = kpi(HEADER
        + "2026-04,EUR,20000.00,100000.00,50000.00\n"
        + "2026-05,EUR,15000.00,100000.00,60000.00\n"
        + "2026-06,EUR,12000.00,45000.00,30000.00\n"
        + "2026-06,JPY,0,0,0\n"
        + "2026-05,JPY,1000,500,250\n");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).isEqualTo(OUT_HEADER
        + "2026-04,EUR,150.00,150.00,75.00,75.00,,50.00\n"
        + "2026-05,EUR,206.67,158.50,124.00,82.67,27.27,60.00\n"
        + "2026-06,EUR,112.50,88.00,75.00,37.50,81.71,66.67\n"
        + "2026-06,JPY,,,,,100.00,\n"
        + "2026-05,JPY,15.50,15.50,7.75,7.75,,50.00\n");
  }

  @Test
  void reproduces_the_cei_worked_example() throws IOException {
    CliRun run = kpi(HEADER
        + "2026-01,USD,90000.00,100000.00,70000.00\n"
        + "2026-02,USD,150000.00,120000.00,80000.00\n");
    assertThat(run.out()).isEqualTo(OUT_HEADER
        + "2026-01,USD,34.44,34.44,24.11,10.33,,70.00\n"
        + "2026-02,USD,22.40,22.40,14.93,7.47,76.47,66.67\n");
  }

  @Test
  void empty_history_gives_the_header_alone() throws IOException {
    assertThat(kpi(HEADER).out()).isEqualTo(OUT_HEADER);
  }

  @Test
  void bad_period_exits_1_naming_line_and_column() throws IOException {
    Path out = dir.resolve("kpi.csv");
    CliRun run = kpi(HEADER + "2026-13,EUR,1.00,1.00,1.00\n", "--output", out.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("line 2, column period: '2026-13' is not a month");
    assertThat(out).doesNotExist();
  }

  @Test
  void rejects_bad_rows_and_goes_on() throws IOException {
    Path rejects = dir.resolve("rejects.csv");
    CliRun run = kpi(HEADER + "2026-01,EUR,x,1.00,1.00\n2026-02,EUR,28.00,14.00,7.00\n",
        "--rejects", rejects.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).isEqualTo(OUT_HEADER + "2026-02,EUR,14.00,14.00,7.00,7.00,,50.00\n");
    assertThat(Files.readAllLines(rejects)).hasSize(2);
  }

  @Test
  void wrong_usage_exits_2() throws IOException {
    assertThat(CliRun.of("kpi").exitCode()).isEqualTo(2);
    assertThat(kpi(HEADER, "--unknown").exitCode()).isEqualTo(2);
  }
}
