package io.github.coexist.powershell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docs/guide-map.md stays true: every guide step and erratum is mapped, every named test exists.
 */
class GuideMapTest {
  static String map() throws IOException {
    // Surefire runs in the module folder; the map lies in the project's docs folder.
    return Files.readString(Path.of("..", "docs", "guide-map.md"), StandardCharsets.UTF_8);
  }

  @Test
  void mapsEveryGuideStepTheScriptsName() throws IOException {
    String map = map();
    for (GuideStep step : GuideStep.values()) {
      if (step.section().equals("-")) {
        // No guide section: the map names the step by its label (e.g. "check the result").
        assertThat(map).as(step.name()).contains(step.label());
      } else {
        assertThat(map).as(step.name()).contains("| " + step.section() + " ");
      }
    }
  }

  @Test
  void mapsEveryErratum() throws IOException {
    String map = map();
    for (int i = 1; i <= 21; i++) {
      assertThat(map).as("E" + i).containsPattern("(?m)^\\| E" + i + " \\|");
    }
  }

  @Test
  void everyTestItNamesExists() throws IOException {
    Matcher named = Pattern.compile("`(\\w+Test)\\.(\\w+)`").matcher(map());
    int count = 0;
    while (named.find()) {
      String className = named.group(1);
      String method = named.group(2);
      Class<?> test;
      try {
        test = Class.forName("io.github.coexist.powershell." + className);
      } catch (ClassNotFoundException e) {
        throw new AssertionError("the map names a missing test class " + className, e);
      }
      assertThat(Arrays.stream(test.getDeclaredMethods()).map(Method::getName))
          .as(className + "." + method)
          .contains(method);
      count++;
    }
    assertThat(count).isGreaterThan(20);
  }
}
