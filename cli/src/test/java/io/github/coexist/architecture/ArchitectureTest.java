package io.github.coexist.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/**
 * The layering of architecture.md, enforced on the compiled main classes of every module (the cli
 * module's test class path holds them all).
 */
class ArchitectureTest {
  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
          .importPackages("io.github.coexist");

  private static final String CORE = "io.github.coexist.core..";
  private static final String POWERSHELL = "io.github.coexist.powershell..";
  private static final String NOTESINI = "io.github.coexist.notesini..";
  private static final String DOMINO = "io.github.coexist.domino..";
  private static final String LICENSE = "io.github.coexist.license..";
  private static final String PLAN_IO = "io.github.coexist.planio..";
  private static final String LIVE_STATE = "io.github.coexist.livestate..";
  private static final String RUNBOOK = "io.github.coexist.runbook..";
  private static final String TESTING = "io.github.coexist.testing..";
  private static final String CLI = "io.github.coexist.cli..";

  @Test
  void coreKnowsNoOtherModule() {
    check(
        noClasses()
            .that()
            .resideInAPackage(CORE)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                POWERSHELL, NOTESINI, DOMINO, LICENSE, PLAN_IO, LIVE_STATE, RUNBOOK, TESTING, CLI));
  }

  @Test
  void liveStateSitsBetweenPlanIoAndTheEmitters() {
    // It reads files of its own formats (snapshot JSON, Export-Clixml) into the model through
    // plan-io's value parsing; the emitters may build on it (change-only scripts), not it on them.
    check(
        noClasses()
            .that()
            .resideInAPackage(LIVE_STATE)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(POWERSHELL, NOTESINI, DOMINO, LICENSE, RUNBOOK, TESTING, CLI));
    check(
        noClasses()
            .that()
            .resideInAPackage(PLAN_IO)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(LIVE_STATE));
    check(
        noClasses()
            .that()
            .resideInAnyPackage(NOTESINI, DOMINO, LICENSE)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(LIVE_STATE));
  }

  @Test
  void emittersAndLicenseDoNotKnowEachOther() {
    check(
        noClasses()
            .that()
            .resideInAPackage(POWERSHELL)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(NOTESINI, DOMINO, LICENSE, PLAN_IO, RUNBOOK, CLI));
    check(
        noClasses()
            .that()
            .resideInAPackage(NOTESINI)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(POWERSHELL, DOMINO, LICENSE, PLAN_IO, RUNBOOK, CLI));
    check(
        noClasses()
            .that()
            .resideInAPackage(DOMINO)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(POWERSHELL, NOTESINI, LICENSE, PLAN_IO, RUNBOOK, CLI));
    check(
        noClasses()
            .that()
            .resideInAPackage(LICENSE)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(POWERSHELL, NOTESINI, DOMINO, PLAN_IO, RUNBOOK, CLI));
  }

  @Test
  void onlyPlanIoLiveStateAndCliKnowFileSyntax() {
    // live-state reads snapshot files (JSON with Jackson's streaming parser, XML with StAX).
    check(
        noClasses()
            .that()
            .resideOutsideOfPackages(PLAN_IO, LIVE_STATE, CLI)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("com.fasterxml.jackson..", "org.yaml.."));
  }

  @Test
  void onlyCliTouchesTheFileSystemOfItsOwnAccord() {
    // plan-io reads and writes the Path its caller names; everything else takes and returns
    // values, streams, readers and writers.
    check(
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
  }

  @Test
  void noCyclesBetweenModules() {
    check(slices().matching("io.github.coexist.(*)..").should().beFreeOfCycles());
  }

  @Test
  void noCyclesBetweenPackagesOfAModule() {
    check(slices().matching("io.github.coexist.*.(*)..").should().beFreeOfCycles());
  }

  private static void check(ArchRule rule) {
    rule.allowEmptyShould(true).check(CLASSES);
  }
}
