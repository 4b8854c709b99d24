package io.credere.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MainTest {

  @Test
  void unknown_option_is_wrong_usage() {
    CliRun run = CliRun.of("demo", "--bogus");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("Unknown option: '--bogus'").contains("Usage: credere demo");
  }

  @Test
  void no_command_is_wrong_usage_listing_the_commands() {
    CliRun run = CliRun.of();
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("Missing command").contains("demo");
  }

  @Test
  void help_lists_every_command() {
    CliRun run = CliRun.of("--help");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("demo").contains("validate");
  }

  @Test
  void bad_option_value_is_wrong_usage() {
    CliRun run = CliRun.of("validate", "--format", "pdf", "--ledger", "x.csv");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--format");
  }
}
