package io.credere.core.testing;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;
import java.util.Set;

/**
 * The house architecture rules, shared by every module's {@code ArchitectureTest}.
 *
 * <p>Domain modules ({@code core}, {@code aging}, {@code allocation}, {@code scoring},
 * {@code collections}) are pure: no files, no network, no standard streams, no logging but SLF4J,
 * no system clock, no randomness, and no module of ours but {@code core}.
 */
public final class CredereArchRules {

  private CredereArchRules() {}

  /** Every rule for the domain module whose base package is {@code io.credere.<module>}. */
  public static ArchRule domainModule(String module) {
    String base = "io.credere." + module + "..";
    return CompositeArchRule.of(noIo(base))
        .and(noClock(base))
        .and(noRandomness(base))
        .and(GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS)
        .and(GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING)
        .and(onlySlf4jLogging(base))
        .and(dependsOnCoreOnly(module))
        .and(noOtherModulesInternals(module))
        .and(freeOfCycles(module));
  }

  /** No files, no network, no JDBC. */
  public static ArchRule noIo(String basePackage) {
    return noClasses().that().resideInAPackage(basePackage)
        .should().dependOnClassesThat(resideInAnyPackage("java.nio.file..", "java.net..",
            "java.sql..", "javax.sql..")
            .or(DescribedPredicate.describe("java.io.File or file streams",
                c -> Set.of("java.io.File", "java.io.FileInputStream", "java.io.FileOutputStream",
                    "java.io.FileReader", "java.io.FileWriter", "java.io.RandomAccessFile")
                    .contains(c.getName()))))
        .as("domain code does no file, network or database I/O");
  }

  /** No reading of the system clock: as-of dates are parameters. */
  public static ArchRule noClock(String basePackage) {
    return noClasses().that().resideInAPackage(basePackage)
        .should().callMethodWhere(calls(Set.of("java.time.LocalDate", "java.time.LocalDateTime",
            "java.time.Instant", "java.time.ZonedDateTime", "java.time.OffsetDateTime",
            "java.time.YearMonth", "java.time.Year", "java.time.LocalTime"), Set.of("now")))
        .orShould().callMethodWhere(calls(Set.of("java.time.Clock"),
            Set.of("systemUTC", "systemDefaultZone", "system")))
        .orShould().callMethodWhere(calls(Set.of("java.lang.System"),
            Set.of("currentTimeMillis", "nanoTime")))
        .as("domain code never reads the system clock");
  }

  /** No randomness: the same input gives the same output. */
  public static ArchRule noRandomness(String basePackage) {
    return noClasses().that().resideInAPackage(basePackage)
        .should().dependOnClassesThat(resideInAnyPackage("java.util.random..")
            .or(DescribedPredicate.describe("a random number generator",
                c -> Set.of("java.util.Random", "java.security.SecureRandom",
                    "java.util.concurrent.ThreadLocalRandom", "java.util.SplittableRandom")
                    .contains(c.getName()))))
        .orShould().callMethodWhere(calls(Set.of("java.lang.Math", "java.lang.StrictMath"),
            Set.of("random")))
        .orShould().callMethodWhere(calls(Set.of("java.util.UUID"), Set.of("randomUUID")))
        .as("domain code uses no randomness");
  }

  /** Logging only through the SLF4J API, never a back end. */
  public static ArchRule onlySlf4jLogging(String basePackage) {
    return noClasses().that().resideInAPackage(basePackage)
        .should().dependOnClassesThat().resideInAnyPackage("org.apache.log4j..",
            "org.apache.logging..", "ch.qos.logback..", "org.slf4j.simple..",
            "org.apache.commons.logging..", "java.lang.System$Logger")
        .as("domain code logs only through the SLF4J API");
  }

  /** A domain module uses no module of ours but core (and core uses none at all). */
  public static ArchRule dependsOnCoreOnly(String module) {
    String own = "io.credere." + module + "..";
    return noClasses().that().resideInAPackage(own)
        .should().dependOnClassesThat(resideInAPackage("io.credere..")
            .and(not(resideInAnyPackage(own, "io.credere.core.."))))
        .as("module " + module + " depends on core only");
  }

  /** No module reaches into another module's {@code internal} packages. */
  public static ArchRule noOtherModulesInternals(String module) {
    String own = "io.credere." + module + "..";
    return noClasses().that().resideInAPackage(own)
        .should().dependOnClassesThat(resideInAPackage("io.credere..internal..")
            .and(not(resideInAPackage(own))))
        .as("module " + module + " uses no other module's internal packages");
  }

  /** No cycles between the sub-packages of the module. */
  public static ArchRule freeOfCycles(String module) {
    return slices().matching("io.credere." + module + ".(**)").should().beFreeOfCycles()
        .allowEmptyShould(true);
  }

  /** No module of ours depends on the command-line tool. */
  public static ArchRule nothingDependsOnCli(String module) {
    return noClasses().that().resideInAPackage("io.credere." + module + "..")
        .should().dependOnClassesThat().resideInAPackage("io.credere.cli..")
        .as("module " + module + " does not depend on cli");
  }

  private static DescribedPredicate<JavaCall<?>> calls(Set<String> owners, Set<String> names) {
    return DescribedPredicate.describe("a call to " + owners + "." + names,
        call -> owners.contains(call.getTargetOwner().getName())
            && names.contains(call.getName()));
  }
}
