package io.credere.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

@AnalyzeClasses(packages = "io.credere.cli", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  /** Each package of the tool is a slice; the root package (the commands' registry) is one. */
  static final SliceAssignment PACKAGES = new SliceAssignment() {
    @Override
    public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
      String name = javaClass.getPackageName();
      if (!name.startsWith("io.credere.cli")) {
        return SliceIdentifier.ignore();
      }
      String rest = name.substring("io.credere.cli".length());
      return SliceIdentifier.of(rest.isEmpty() ? "(root)" : rest.substring(1).split("\\.")[0]);
    }

    @Override
    public String getDescription() {
      return "the packages of io.credere.cli, the root package included";
    }
  };

  /**
   * The packages of the command-line tool depend on each other without cycles, the demo
   * included: its steps all live in the demo package, which uses the command packages and is
   * used by none of them.
   */
  @ArchTest
  static final ArchRule no_package_cycles = slices().assignedFrom(PACKAGES).should()
      .beFreeOfCycles();

  /** No command package depends on the demo: only the registry of commands names it. */
  @ArchTest
  static final ArchRule only_the_registry_uses_the_demo = noClasses()
      .that().resideInAPackage("io.credere.cli.*..")
      .and().resideOutsideOfPackage("io.credere.cli.demo..")
      .should().dependOnClassesThat().resideInAPackage("io.credere.cli.demo..");
}
