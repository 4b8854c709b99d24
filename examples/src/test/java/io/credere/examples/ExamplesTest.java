package io.credere.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Runs every example's {@code main} and checks what it produced. */
class ExamplesTest {

  private static String mainOutput(Runnable main) {
    PrintStream original = System.out;
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
    try {
      main.run();
    } finally {
      System.setOut(original);
    }
    return buffer.toString(StandardCharsets.UTF_8);
  }

  @Test
  void quick_start_builds_the_invoice_and_exact_instalments() {
    String out = mainOutput(() -> QuickStart.main(new String[0]));
    assertThat(out.strip()).isEqualTo("INV-2026-0042 due 2026-12-02, 8 days past due on "
        + "2026-12-10; instalments [EUR 333.34, EUR 333.33, EUR 333.33]");
  }
}
