package io.github.coexist.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The layering of architecture.md as ArchUnit rules, and the classes they judge: the main classes
 * of every module, whether the build hands them over as folders ({@code mvn test}) or as jars
 * ({@code mvn verify}). A rule that selects no class fails (ArchUnit's default, never switched off
 * here), so a rule cannot pass by judging nothing.
 */
final class ArchitectureRules {
  private ArchitectureRules() {}

  static final String CORE = "io.github.coexist.core..";
  static final String POWERSHELL = "io.github.coexist.powershell..";
  static final String NOTESINI = "io.github.coexist.notesini..";
  static final String DOMINO = "io.github.coexist.domino..";
  static final String LICENSE = "io.github.coexist.license..";
  static final String PLAN_IO = "io.github.coexist.planio..";
  static final String LIVE_STATE = "io.github.coexist.livestate..";
  static final String RUNBOOK = "io.github.coexist.runbook..";
  static final String TESTING = "io.github.coexist.testing..";
  static final String CLI = "io.github.coexist.cli..";

  /** Every module whose classes the rules judge, by its root package. */
  static final List<String> MODULE_PACKAGES =
      Stream.of(
              CORE,
              POWERSHELL,
              NOTESINI,
              DOMINO,
              LICENSE,
              PLAN_IO,
              LIVE_STATE,
              RUNBOOK,
              TESTING,
              CLI)
          .map(pattern -> pattern.substring(0, pattern.length() - "..".length()))
          .toList();

  /** The test fixtures of test-support and test-plans: test code, in no layer. */
  private static final Pattern TEST_FIXTURES =
      Pattern.compile(
          ".*/(test-support|test-plans)/target/classes/.*|.*/coexist-test-[a-z]+-[^/]*\\.jar.*");

  /** The main classes of every module on the class path (tests and test fixtures left out). */
  static JavaClasses modules() {
    return new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .withImportOption(location -> !location.matches(TEST_FIXTURES))
        .importPackages(MODULE_PACKAGES);
  }

  /** Every rule, by a name that says what it forbids. */
  static Map<String, ArchRule> all() {
    Map<String, ArchRule> rules = new LinkedHashMap<>();
    rules.put(
        "core knows no other module",
        noClasses()
            .that()
            .resideInAPackage(CORE)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                POWERSHELL, NOTESINI, DOMINO, LICENSE, PLAN_IO, LIVE_STATE, RUNBOOK, TESTING, CLI));
    // live-state reads files of its own formats (snapshot JSON, Export-Clixml) into the model
    // through plan-io's value parsing; the emitters may build on it (change-only scripts), not it
    // on them.
    rules.put(
        "live-state knows no emitter",
        noClasses()
            .that()
            .resideInAPackage(LIVE_STATE)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(POWERSHELL, NOTESINI, DOMINO, LICENSE, RUNBOOK, TESTING, CLI));
    rules.put(
        "plan-io does not know live-state",
        noClasses()
            .that()
            .resideInAPackage(PLAN_IO)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(LIVE_STATE));
    rules.put(
        "the Domino side and license do not know live-state",
        noClasses()
            .that()
            .resideInAnyPackage(NOTESINI, DOMINO, LICENSE)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(LIVE_STATE));
    rules.put(
        "powershell knows no other emitter",
        noClasses()
            .that()
            .resideInAPackage(POWERSHELL)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(NOTESINI, DOMINO, LICENSE, PLAN_IO, RUNBOOK, CLI));
    rules.put(
        "notesini knows no other emitter",
        noClasses()
            .that()
            .resideInAPackage(NOTESINI)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(POWERSHELL, DOMINO, LICENSE, PLAN_IO, RUNBOOK, CLI));
    rules.put(
        "domino knows no other emitter",
        noClasses()
            .that()
            .resideInAPackage(DOMINO)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(POWERSHELL, NOTESINI, LICENSE, PLAN_IO, RUNBOOK, CLI));
    rules.put(
        "license knows no emitter",
        noClasses()
            .that()
            .resideInAPackage(LICENSE)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(POWERSHELL, NOTESINI, DOMINO, PLAN_IO, RUNBOOK, CLI));
    // live-state reads snapshot files (JSON with Jackson's streaming parser, XML with StAX).
    rules.put(
        "only plan-io, live-state and cli know file syntax",
        noClasses()
            .that()
            .resideOutsideOfPackages(PLAN_IO, LIVE_STATE, CLI)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("com.fasterxml.jackson..", "org.yaml.."));
    // plan-io reads and writes the Path its caller names; everything else takes and returns
    // values, streams, readers and writers.
    rules.put(
        "only cli and plan-io touch the file system",
        noClasses()
            .that()
            .resideOutsideOfPackages(CLI, PLAN_IO)
            .should()
            .dependOnClassesThat()
            .haveFullyQualifiedName("java.nio.file.Files")
            .orShould()
            .dependOnClassesThat()
            .haveFullyQualifiedName("java.io.FileInputStream")
            .orShould()
            .dependOnClassesThat()
            .haveFullyQualifiedName("java.io.FileOutputStream")
            .orShould()
            .dependOnClassesThat()
            .haveFullyQualifiedName("java.io.FileReader")
            .orShould()
            .dependOnClassesThat()
            .haveFullyQualifiedName("java.io.FileWriter")
            .orShould()
            .dependOnClassesThat()
            .haveFullyQualifiedName("java.io.RandomAccessFile"));
    // The model is read, written and built through its generated table (AttributeTable,
    // AttributeAccess, ExchangeObjectDraft), and core's PlanShape describes the plan's keys
    // explicitly: typed calls a compiler checks, nothing looked up by name at run time.
    rules.put(
        "no main code reflects on the model",
        noClasses()
            .that()
            .resideInAnyPackage(
                CORE,
                PLAN_IO,
                LIVE_STATE,
                POWERSHELL,
                NOTESINI,
                DOMINO,
                LICENSE,
                RUNBOOK,
                TESTING,
                CLI)
            .should()
            .dependOnClassesThat()
            .resideInAPackage("java.lang.reflect.."));
    rules.put(
        "no cycles between modules",
        slices().matching("io.github.coexist.(*)..").should().beFreeOfCycles());
    rules.put(
        "no cycles between the packages of a module",
        slices().matching("io.github.coexist.*.(*)..").should().beFreeOfCycles());
    return rules;
  }
}
