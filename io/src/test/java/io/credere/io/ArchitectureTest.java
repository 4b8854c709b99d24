package io.credere.io;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "io.credere.io", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  /** The file contract sits above the domain and below the tools that use it. */
  @ArchTest
  static final ArchRule io_depends_on_no_tool = noClasses().that()
      .resideInAPackage("io.credere.io..").should().dependOnClassesThat()
      .resideInAnyPackage("io.credere.cli..", "io.credere.workflow..", "io.credere.examples..",
          "picocli..");

  /** No cycles between the packages of the module. */
  @ArchTest
  static final ArchRule no_package_cycles = slices().matching("io.credere.io.(*)..")
      .should().beFreeOfCycles().allowEmptyShould(true);

  /** No logging framework but SLF4J, no clock. */
  @ArchTest
  static final ArchRule reads_no_clock = noClasses().that().resideInAPackage("io.credere.io..")
      .should().callMethod(java.time.LocalDate.class, "now")
      .orShould().callMethod(System.class, "currentTimeMillis");
}
