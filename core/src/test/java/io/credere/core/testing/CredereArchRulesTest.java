package io.credere.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import io.credere.archfixture.bad.Impure;
import io.credere.archfixture.good.Pure;
import org.junit.jupiter.api.Test;

/** The shared rules catch what they are meant to catch, and pass clean code. */
class CredereArchRulesTest {

  private static final JavaClasses BAD = new ClassFileImporter().importClasses(Impure.class);
  private static final JavaClasses GOOD = new ClassFileImporter().importClasses(Pure.class);

  @Test
  void each_rule_reports_the_impure_class() {
    String base = "io.credere.archfixture..";
    assertThat(CredereArchRules.noClock(base).evaluate(BAD).hasViolation()).isTrue();
    assertThat(CredereArchRules.noRandomness(base).evaluate(BAD).hasViolation()).isTrue();
    assertThat(CredereArchRules.noIo(base).evaluate(BAD).hasViolation()).isTrue();
    assertThat(CredereArchRules.domainModule("archfixture").evaluate(BAD).getFailureReport()
        .getDetails()).anySatisfy(line -> assertThat(line).contains("System.out"));
  }

  @Test
  void the_pure_class_passes_every_rule() {
    assertThat(CredereArchRules.domainModule("archfixture").evaluate(GOOD).hasViolation())
        .isFalse();
  }
}
