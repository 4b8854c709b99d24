package io.credere.benchmarks.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The sequence the simulation found and shrank (seed 1): a prepayment left on account, its
 * credit refunded, then the payment reversed. {@code CashApplication.reverse} drops the
 * on-account item without restoring what the refund took, so the customer's debt vanishes.
 * When allocation fixes {@code reverse} (refusing, or reopening the debt), the first assertion
 * changes: the simulation then either reports the refusal or finds the books balanced.
 */
class ReverseDefectTest {

  @Test
  void reversing_a_payment_whose_on_account_cash_was_refunded_loses_the_refund() throws IOException {
    List<String> lines;
    try (InputStream in = getClass().getResourceAsStream(
        "/simulation/reverse-of-refunded-on-account-cash.ops")) {
      lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
    long seed = Long.parseLong(lines.get(0).replace("seed", "").strip());
    List<Op> ops = lines.subList(1, lines.size()).stream().map(Op::parse).toList();

    Simulation.Outcome unguarded = Simulation.run(seed, ops,
        Options.defaults().withReverseConsumedCash(true));
    assertThat(unguarded.violations()).isPositive();
    assertThat(unguarded.messages().get(0)).contains("REVERSAL").contains("book says");

    // the simulation's guard (the default) refuses such a reversal: the books balance
    assertThat(Simulation.run(seed, ops, Options.defaults()).violations()).isZero();
  }
}
