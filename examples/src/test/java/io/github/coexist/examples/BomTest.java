package io.github.coexist.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The BOM is standalone (a consumer imports it without our build), so it repeats the versions of
 * the third-party libraries in coexist's API; they must be the versions coexist is built with.
 */
class BomTest {
  private static String property(Path pom, String name) throws Exception {
    Matcher m =
        Pattern.compile("<" + Pattern.quote(name) + ">([^<]+)</")
            .matcher(Files.readString(pom, StandardCharsets.UTF_8));
    assertThat(m.find()).as(name + " in " + pom).isTrue();
    return m.group(1);
  }

  @Test
  void theBomPinsGuavaAndJacksonAtTheBuildsVersions() throws Exception {
    Path parent = Path.of("..", "pom.xml");
    Path bom = Path.of("..", "bom", "pom.xml");
    for (String name : new String[] {"guava.version", "jackson.version"}) {
      assertThat(property(bom, name)).as(name).isEqualTo(property(parent, name));
    }
    String text = Files.readString(bom, StandardCharsets.UTF_8);
    assertThat(text)
        .contains("<artifactId>guava</artifactId><version>${guava.version}</version>")
        .contains("<artifactId>jackson-bom</artifactId><version>${jackson.version}</version>");
  }
}
