package io.credere.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CustomScorecardExampleTest {

  @Test
  void host_scorecard_and_limit_policy_decide() {
    PrintStream original = System.out;
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
    try {
      CustomScorecardExample.main(new String[0]);
    } finally {
      System.setOut(original);
    }
    // payment index 80 (paid on the due date): 20 of 20; sector risk 4: 2 of 10
    // -> 22 of 30 = 73.33 -> 73, grade B (65+); flat limit for B: EUR 10000.00
    assertThat(buffer.toString(StandardCharsets.UTF_8).strip())
        .isEqualTo("score 73, grade B, reasons [RISKY_SECTOR], limit EUR 10000.00");
  }
}
