package io.credere.statements;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.credere.core.testing.CredereArchRules;

@AnalyzeClasses(packages = "io.credere.statements", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule statements_does_not_depend_on_cli = CredereArchRules.nothingDependsOnCli("statements");
}
