package io.credere.benchmarks.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The sequence the simulation found and shrank (seed 1): a prepayment left on account, its
 * credit refunded, then the payment reversed. {@code CashApplication.reverse} used to drop the
 * on-account item without restoring what the refund took, so the customer's debt vanished. It
 * now refuses such a reversal: without the simulation's own guard the library's refusal is what
 * the run reports, and no cent goes missing.
 */
class ReverseDefectTest {

  @Test
  void reversing_a_payment_whose_on_account_cash_was_refunded_is_refused() throws IOException {
    List<String> lines;
    try (InputStream in = getClass().getResourceAsStream(
        "/simulation/reverse-of-refunded-on-account-cash.ops")) {
      lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
    long seed = Long.parseLong(lines.get(0).replace("seed", "").strip());
    List<Op> ops = lines.subList(1, lines.size()).stream().map(Op::parse).toList();

    Simulation.Outcome unguarded = Simulation.run(seed, ops,
        Options.defaults().withReverseConsumedCash(true));
    assertThat(unguarded.messages()).isNotEmpty()
        .allSatisfy(message -> assertThat(message).contains("offset or refunded")
            .doesNotContain("book says"));

    // the simulation's guard (the default) refuses such a reversal: the books balance
    assertThat(Simulation.run(seed, ops, Options.defaults()).violations()).isZero();
  }
}
