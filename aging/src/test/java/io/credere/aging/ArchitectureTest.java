package io.credere.aging;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.credere.core.testing.CredereArchRules;

@AnalyzeClasses(packages = "io.credere.aging", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule aging_is_a_pure_domain_module = CredereArchRules.domainModule("aging");
}
