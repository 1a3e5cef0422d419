package io.github.coexist.planio;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coexist.core.model.CoexistencePlan;
import io.github.coexist.core.model.Environment;
import io.github.coexist.testplans.PlanGenerator;
import io.github.coexist.testplans.ScenarioPlans;
import io.github.coexist.testsupport.Golden;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PlanWriterTest {
  static Stream<Arguments> goldenFiles() {
    return Stream.of(Environment.values())
        .flatMap(e -> Stream.of(PlanFormat.values()).map(f -> Arguments.of(e, f)));
  }

  /** The example plans, written exactly as reviewed in src/test/resources/golden. */
  @ParameterizedTest(name = "{0} as {1}")
  @MethodSource("goldenFiles")
  void recommendedPlansMatchTheirGoldenFiles(Environment environment, PlanFormat format) {
    CoexistencePlan plan = ScenarioPlans.recommended(environment);
    Golden.assertResource(
        "golden/" + environment.key() + "." + format.name().toLowerCase(Locale.ROOT),
        PlanWriter.write(plan, format));
  }

  @Test
  void explicitNullIsWrittenAsNullAndAbsentIsLeftOut() {
    CoexistencePlan plan = ScenarioPlans.recommended(Environment.EXCHANGE_ONLINE);
    String yaml = PlanWriter.write(plan, PlanFormat.YAML);

    assertThat(yaml).contains("    tlsSettings: null\n").doesNotContain("tlsDomain");
  }

  @Test
  void everyHostileTextComesBackExactly() {
    CoexistencePlan base = ScenarioPlans.recommended(Environment.EXCHANGE_SERVER);
    for (String text : PlanGenerator.HOSTILE) {
      CoexistencePlan plan = CoexistencePlan.builder().from(base).organization(text).build();
      for (PlanFormat format : PlanFormat.values()) {
        String written = PlanWriter.write(plan, format);
        assertThat(PlanReader.standard().read(written, "p." + format).organization())
            .as("%s in %s:%n%s", text, format, written)
            .contains(text);
      }
    }
  }

  @Test
  void invisibleCharactersAreWrittenInsideQuotesOrAsEscapes() {
    CoexistencePlan plan =
        CoexistencePlan.builder()
            .from(ScenarioPlans.recommended(Environment.EXCHANGE_SERVER))
            .organization("nul\u0000 nel\u0085 rtl\u200F")
            .build();

    assertThat(PlanWriter.write(plan, PlanFormat.YAML))
        .contains("organization: \"nul\\0 nel\\N rtl\u200F\"\n");
    assertThat(PlanWriter.write(plan, PlanFormat.JSON))
        .contains("\"organization\": \"nul\\u0000 nel\u0085 rtl\u200F\",\n");
  }

  @Test
  void writesToAFileInTheFormatOfItsExtension(@TempDir Path dir) throws IOException {
    CoexistencePlan plan = ScenarioPlans.recommended(Environment.EXCHANGE_ONLINE);
    Path json = dir.resolve("plan.json");
    Path yaml = dir.resolve("plan.yaml");

    PlanWriter.write(plan, json);
    PlanWriter.write(plan, yaml);

    assertThat(Files.readString(json)).startsWith("{\n  \"formatVersion\": 1,\n");
    assertThat(Files.readString(yaml)).startsWith("formatVersion: 1\n");
    assertThat(PlanReader.standard().read(json)).isEqualTo(plan);
    assertThat(PlanReader.standard().read(yaml)).isEqualTo(plan);
  }
}
