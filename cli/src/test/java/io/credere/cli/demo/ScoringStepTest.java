package io.credere.cli.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.credere.cli.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScoringStepTest {

  @TempDir
  Path dir;

  @Test
  void demo_scores_every_sample_customer_and_lists_holds() throws IOException {
    CliRun run = CliRun.of("demo", "--output", dir.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("SCORING  40 customers scored (grades ")
        .contains("on hold (most over the limit first):");
    List<String> scores = Files.readAllLines(dir.resolve("scores.csv"));
    assertThat(scores.get(0)).isEqualTo("customer_id,score,grade,payment_index,"
        + "weighted_days_beyond_terms,z_score,z_model,z_zone,recommended_limit,current_limit,"
        + "reasons");
    assertThat(scores).hasSize(41);
    List<String> holds = Files.readAllLines(dir.resolve("credit-holds.csv"));
    assertThat(holds.get(0)).isEqualTo("customer_id,name,currency,decision,exposure,"
        + "credit_limit,headroom,reasons,explanation");
    // C-1002: limit 3000.00, open orders 3600.00 alone exceed it
    assertThat(holds).anySatisfy(line -> assertThat(line).startsWith("C-1002,")
        .contains(",HOLD,").contains("OVER_LIMIT"));
    // the two accounts the sample has on credit hold are listed
    assertThat(holds.stream().filter(l -> l.contains("CUSTOMER_ON_HOLD")).count()).isEqualTo(2);
    // the summary counts exactly the accounts the hold list names
    assertThat(run.out()).contains("; " + (holds.size() - 1) + " accounts on hold;");
  }
}
