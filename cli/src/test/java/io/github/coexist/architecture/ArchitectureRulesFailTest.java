package io.github.coexist.architecture;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import io.github.coexist.cli.archfixture.CliFixture;
import io.github.coexist.core.archfixture.CoreFixture;
import io.github.coexist.domino.archfixture.DominoFixture;
import io.github.coexist.license.archfixture.LicenseFixture;
import io.github.coexist.livestate.archfixture.LiveStateFixture;
import io.github.coexist.notesini.archfixture.NotesIniFixture;
import io.github.coexist.planio.archfixture.PlanIoFixture;
import io.github.coexist.powershell.archfixture.PowerShellFixture;
import io.github.coexist.runbook.archfixture.RunbookFixture;
import io.github.coexist.runbook.cyclea.CycleA;
import io.github.coexist.runbook.cycleb.CycleB;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rules of {@link ArchitectureTest} can fail: each breaks on test classes put in the wrong
 * layer on purpose (the {@code archfixture} packages: core calling cli, live-state calling an
 * emitter, runbook parsing JSON, license reading files, two packages of runbook calling each
 * other...), and none passes by judging nothing.
 */
class ArchitectureRulesFailTest {
  private static final JavaClasses WRONG_LAYERS =
      new ClassFileImporter()
          .importClasses(
              CoreFixture.class,
              CliFixture.class,
              LiveStateFixture.class,
              PlanIoFixture.class,
              NotesIniFixture.class,
              PowerShellFixture.class,
              DominoFixture.class,
              LicenseFixture.class,
              RunbookFixture.class,
              CycleA.class,
              CycleB.class);

  private static final JavaClasses NOTHING = new ClassFileImporter().importClasses();

  static Stream<Arguments> rules() {
    return ArchitectureTest.rules();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void failsOnAClassInTheWrongLayer(String name, ArchRule rule) {
    assertThatThrownBy(() -> rule.check(WRONG_LAYERS))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("was violated")
        .hasMessageMatching("(?s).*io\\.github\\.coexist\\.[a-z]+\\.(archfixture|cyclea)\\..*");
  }

  @Test
  void theReflectionRuleJudgesCoreToo() {
    assertThatThrownBy(
            () ->
                ArchitectureRules.all()
                    .get("no main code reflects on the model")
                    .check(new ClassFileImporter().importClasses(CoreFixture.class)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("CoreFixture.byReflection()");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void failsWhenItJudgesNoClass(String name, ArchRule rule) {
    assertThatThrownBy(() -> rule.check(NOTHING))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("failed to check any classes");
  }
}
