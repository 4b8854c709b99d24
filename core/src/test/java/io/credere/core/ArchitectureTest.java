package io.credere.core;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.credere.core.testing.CredereArchRules;

@AnalyzeClasses(packages = "io.credere.core", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule core_is_a_pure_domain_module = CredereArchRules.domainModule("core");

  @ArchTest
  static final ArchRule core_does_not_depend_on_cli = CredereArchRules.nothingDependsOnCli("core");
}
