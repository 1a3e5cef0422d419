package io.github.coexist.domino;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coexist.core.model.Environment;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The One-Touch Setup JSON of both recommended plans, as reviewed in src/test/resources/golden;
 * regenerate with {@code -Dcoexist.regenerate=true}.
 */
class OneTouchSetupJsonGoldenTest {
  @ParameterizedTest
  @EnumSource(Environment.class)
  void matchesTheGoldenFile(Environment environment) throws IOException {
    String json =
        OneTouchSetupJson.render(
            DominoDirectoryEmitter.standard().emit(Plans.valid(Plans.recommended(environment))));
    String name = "golden/domino-directory-" + environment.key() + ".json";
    if (Boolean.getBoolean("coexist.regenerate")) {
      Files.writeString(Path.of("src/test/resources", name), json, StandardCharsets.UTF_8);
    }
    assertThat(json).isEqualTo(resource(name));
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = OneTouchSetupJsonGoldenTest.class.getResourceAsStream("/" + name)) {
      if (in == null) {
        throw new IOException("missing golden file " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
