package io.credere.statements;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.credere.core.testing.CredereArchRules;

/**
 * statements parses streams, so it is not a pure domain module: it may read an
 * {@code InputStream}, but it opens no files, depends on no module but core and never on cli,
 * reads no clock and uses no randomness.
 */
@AnalyzeClasses(packages = "io.credere.statements", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule statements_does_not_depend_on_cli = CredereArchRules.nothingDependsOnCli("statements");

  @ArchTest
  static final ArchRule statements_reads_no_clock = CredereArchRules.noClock("io.credere.statements..");

  @ArchTest
  static final ArchRule statements_uses_no_randomness = CredereArchRules.noRandomness("io.credere.statements..");

  @ArchTest
  static final ArchRule statements_depends_on_core_only = CredereArchRules.dependsOnCoreOnly("statements");
}
