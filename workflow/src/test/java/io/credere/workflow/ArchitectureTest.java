package io.credere.workflow;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;
import io.credere.core.testing.CredereArchRules;

@AnalyzeClasses(packages = "io.credere.workflow",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  private static final String BASE = "io.credere.workflow..";

  @ArchTest
  static final ArchRule workflow_is_pure = CompositeArchRule.of(CredereArchRules.noIo(BASE))
      .and(CredereArchRules.noClock(BASE))
      .and(CredereArchRules.noRandomness(BASE))
      .and(GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS)
      .and(CredereArchRules.onlySlf4jLogging(BASE))
      .and(CredereArchRules.noOtherModulesInternals("workflow"))
      .and(CredereArchRules.nothingDependsOnCli("workflow"));

  @ArchTest
  static final ArchRule workflow_does_not_read_files_of_the_contract = noClasses()
      .that().resideInAPackage(BASE).should().dependOnClassesThat()
      .resideInAnyPackage("io.credere.io..", "io.credere.cli..")
      .as("workflow sits beside the file contract (io), not on it");
}
