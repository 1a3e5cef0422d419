package io.github.coexist.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The layering of architecture.md, enforced on the main classes of every module (the cli module's
 * test class path holds them all; {@code testing} is a test dependency for this). That the rules
 * can fail at all is proven by {@link ArchitectureRulesFailTest}.
 */
class ArchitectureTest {
  private static final JavaClasses CLASSES = ArchitectureRules.modules();

  static Stream<Arguments> rules() {
    return ArchitectureRules.all().entrySet().stream()
        .map(e -> Arguments.of(e.getKey(), e.getValue()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void holds(String name, ArchRule rule) {
    rule.check(CLASSES);
  }

  @Test
  void everyModulesMainClassesAreJudged() {
    for (String module : ArchitectureRules.MODULE_PACKAGES) {
      assertThat(CLASSES.stream().map(JavaClass::getPackageName))
          .as("classes of %s", module)
          .anyMatch(p -> p.equals(module) || p.startsWith(module + "."));
    }
  }

  @Test
  void noTestClassIsJudged() {
    assertThat(CLASSES.stream().map(JavaClass::getName))
        .isNotEmpty()
        .noneMatch(n -> n.endsWith("Test") || n.contains(".archfixture."))
        .noneMatch(n -> n.startsWith("io.github.coexist.testsupport."))
        .noneMatch(n -> n.startsWith("io.github.coexist.testplans."));
  }
}
