package io.credere.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code credere --version} prints the POM's version, which the build hands to the test. */
class VersionTest {

  @Test
  void version_is_the_poms() {
    String pom = System.getProperty("credere.pom.version");
    assertThat(pom).as("credere.pom.version set by the build").isNotBlank().doesNotContain("${");

    CliRun run = CliRun.of("--version");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out().trim()).isEqualTo("credere " + pom);
    assertThat(CredereVersion.version()).isEqualTo(pom);
  }
}
