package io.credere.cli.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.credere.cli.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AgingStepTest {

  @TempDir
  Path dir;

  @Test
  void demo_prints_the_aged_balance_and_kpis_and_writes_both_reports() throws IOException {
    CliRun run = CliRun.of("demo", "--output", dir.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("AGED BALANCE as of 2026-11-20")
        .contains("KPIS of the latest month-end").contains("EUR 2026-10  DSO ");
    List<String> aging = Files.readAllLines(dir.resolve("aging.csv"));
    assertThat(aging.get(0)).isEqualTo(
        "customer_id,currency,current,1-30,31-60,61-90,91+,unapplied_credits,total");
    assertThat(aging.subList(aging.size() - 3, aging.size())).allMatch(l -> l.startsWith("*,"));
    List<String> kpi = Files.readAllLines(dir.resolve("kpi.csv"));
    assertThat(kpi).hasSize(Files.readAllLines(dir.resolve("input/ar-history.csv")).size());
  }
}
