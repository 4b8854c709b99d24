package io.credere.benchmarks.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The simulation in CI: 10^5 operations of one seed (about 20 simulated years of 40 customers)
 * with no violation, planted bugs caught and shrunk, runs repeatable. The simulation keeps the
 * library's {@code LedgerIndex} current as a host would, so a cash application costs only its
 * payments' work; longer runs: {@code benchmarks/scripts/simulate.sh} and benchmarks/README.md.
 */
class SimulationTest {

  @Test
  void a_hundred_thousand_operations_lose_no_cent() {
    Simulation.Outcome outcome = Simulation.run(20261201L, 100_000, Options.defaults());
    assertThat(outcome.messages()).isEmpty();
    assertThat(outcome.violations()).isZero();
    assertThat(outcome.operations()).isEqualTo(100_000);
    // every step checks what it touched, and the whole ledger every 1,000 steps
    assertThat(outcome.checks()).isGreaterThan(1_000_000);
    assertThat(outcome.lastLine()).matches("operations 100000, checks \\d+, violations 0");
    assertThat(outcome.summary()).contains("cash applications").doesNotContain("invoices 0,")
        .doesNotContain(" 0 cash applications").doesNotContain("reversals 0 ")
        .doesNotContain("collection cases 0 ").doesNotContain(" 0 handed over")
        .doesNotContain(" 0 early steps refused").doesNotContain(" 0 closed paid");
    // backlogs are worked down: with the old mix disputes and suspense grew with every
    // simulated year (3 x 10^5 operations left 2,365 disputes open and about 2,000 payments in
    // suspense, 3,174 live items; the README said 2,000 live at 10^5), so each step cost more
    Matcher end = Pattern.compile("(\\d+) items in the live ledger; open at the end: (\\d+)"
        + " disputes, (\\d+) payments in suspense").matcher(outcome.summary());
    assertThat(end.find()).isTrue();
    assertThat(Integer.parseInt(end.group(1))).isLessThan(1_500);
    assertThat(Integer.parseInt(end.group(2))).isLessThan(100);
    assertThat(Integer.parseInt(end.group(3))).isLessThan(100);
  }

  @Test
  void a_planted_loss_of_one_minor_unit_is_caught_and_shrunk_to_a_few_operations() {
    List<Op> minimal = caughtAndShrunk(Options.Fault.DROP_A_MINOR_UNIT_IN_CASH_APPLICATION, 7,
        3_000, "(CASH_APPLICATION): account", "book says");
    assertThat(minimal).hasSizeLessThanOrEqualTo(12).extracting(Op::kind)
        .contains(Op.Kind.INVOICE, Op.Kind.PAYMENT, Op.Kind.CASH_APPLICATION);
  }

  @Test
  void an_index_the_host_forgot_to_update_is_caught_and_shrunk() {
    List<Op> minimal = caughtAndShrunk(Options.Fault.FORGET_TO_INDEX_A_WRITE_OFF, 11, 5_000,
        "(WRITE_OFF): document", "the index holds");
    assertThat(minimal).extracting(Op::kind).contains(Op.Kind.INVOICE, Op.Kind.WRITE_OFF);
  }

  /**
   * Runs {@code seed} with {@code fault} planted: a violation naming {@code message} is found
   * by the cheap check of the very step that planted it ({@code step} names the operation and
   * what was checked: not left to the next whole check), and shrunk to fewer operations that
   * still fail with the bug and pass without it (so the checker blamed the bug, not the
   * sequence).
   */
  private static List<Op> caughtAndShrunk(Options.Fault fault, long seed, int operations,
      String step, String message) {
    Options planted = Options.defaults().withFault(fault).withShrinkBudget(Duration.ofSeconds(10));
    Simulation.Outcome outcome = Simulation.run(seed, operations, planted);
    assertThat(outcome.violations()).isPositive();
    // the whole check words its findings in minor units and "the index has"
    assertThat(outcome.messages().get(0)).contains(step).contains(message)
        .doesNotContain("minor units").doesNotContain("the index has");

    List<Op> minimal = Simulation.shrink(seed, outcome, planted);
    assertThat(minimal.size()).isLessThan((int) outcome.firstViolationAt() + 1);
    assertThat(Simulation.run(seed, minimal, planted).violations()).isPositive();
    assertThat(Simulation.run(seed, minimal, Options.defaults()).violations()).isZero();
    return minimal;
  }

  @Test
  void the_same_seed_gives_the_same_run_and_operations_read_back() {
    Simulation.Outcome first = Simulation.run(42, 3_000, Options.defaults());
    Simulation.Outcome second = Simulation.run(42, 3_000, Options.defaults());
    assertThat(second.checks()).isEqualTo(first.checks());
    assertThat(withoutTimes(second.summary())).isEqualTo(withoutTimes(first.summary()));
    assertThat(withoutTimes(Simulation.run(43, 3_000, Options.defaults()).summary()))
        .isNotEqualTo(withoutTimes(first.summary()));

    List<Op> ops = new ArrayList<>();
    Simulation.operations(42, 3_000).forEachRemaining(ops::add);
    List<Op> read = ops.stream().map(op -> Op.parse(op.toString())).toList();
    assertThat(read).isEqualTo(ops);
    assertThat(Simulation.run(42, read, Options.defaults()).checks()).isEqualTo(first.checks());
  }

  @Test
  void a_slip_changes_a_document_number_but_keeps_its_shape() {
    assertThat(World.slip("INV-0001234", 0)).isNotEqualTo("INV-0001234").hasSize(11)
        .startsWith("INV-");
    assertThat(World.slip("INV-0001234", 3)).isNotEqualTo("INV-0001234");
  }

  private static String withoutTimes(String summary) {
    return summary.substring(0, summary.indexOf("time by operation"));
  }
}
