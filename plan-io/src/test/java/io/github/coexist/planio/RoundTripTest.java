package io.github.coexist.planio;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.github.coexist.core.model.CoexistencePlan;
import io.github.coexist.core.model.Environment;
import io.github.coexist.core.model.ObjectKind;
import io.github.coexist.testplans.PlanGenerator;
import io.github.coexist.testplans.ScenarioPlans;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class RoundTripTest {
  /** Fixed seeds: the same 120 plans on every run, so a failure is reproducible by its seed. */
  static Stream<Long> seeds() {
    return LongStream.range(0, 120).boxed();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void writingThenReadingYamlGivesAnEqualPlan(long seed) {
    CoexistencePlan plan = new PlanGenerator(seed).plan();
    String yaml = PlanWriter.write(plan, PlanFormat.YAML);

    assertThat(PlanReader.standard().read(yaml, "plan.yaml")).isEqualTo(plan);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void writingThenReadingJsonGivesAnEqualPlan(long seed) {
    CoexistencePlan plan = new PlanGenerator(seed).plan();
    String json = PlanWriter.write(plan, PlanFormat.JSON);

    assertThat(PlanReader.standard().read(json, "plan.json")).isEqualTo(plan);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void yamlAndJsonHoldTheSameTree(long seed) throws Exception {
    CoexistencePlan plan = new PlanGenerator(seed).plan();
    JsonNode fromYaml = new YAMLMapper().readTree(PlanWriter.write(plan, PlanFormat.YAML));
    JsonNode fromJson = new JsonMapper().readTree(PlanWriter.write(plan, PlanFormat.JSON));

    assertThat(fromYaml).isEqualTo(fromJson);
  }

  @Test
  void generatedPlansCoverEveryObjectKindNullsAndDuplicates() {
    // Guards the property tests above against a generator that stopped generating.
    List<CoexistencePlan> plans = new ArrayList<>();
    seeds().forEach(seed -> plans.add(new PlanGenerator(seed).plan()));
    for (ObjectKind kind : ObjectKind.values()) {
      assertThat(plans).anyMatch(p -> !p.objects(kind).isEmpty());
    }
    assertThat(plans)
        .anyMatch(p -> p.outboundConnectors().stream().anyMatch(c -> !c.explicitNulls().isEmpty()));
    assertThat(plans).anyMatch(p -> p.license().isPresent());
    assertThat(plans).anyMatch(p -> p.organization().filter(o -> o.contains("\u0000")).isPresent());
  }

  @ParameterizedTest
  @EnumSource(Environment.class)
  void recommendedPlansRoundTripInBothFormats(Environment environment) {
    CoexistencePlan plan = ScenarioPlans.recommended(environment);

    for (PlanFormat format : PlanFormat.values()) {
      String text = PlanWriter.write(plan, format);
      assertThat(
              PlanReader.standard()
                  .read(text, "plan." + format.name().toLowerCase(java.util.Locale.ROOT)))
          .isEqualTo(plan);
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void writingIsDeterministic(long seed) {
    CoexistencePlan plan = new PlanGenerator(seed).plan();
    CoexistencePlan same = new PlanGenerator(seed).plan();

    assertThat(PlanWriter.write(same, PlanFormat.YAML))
        .isEqualTo(PlanWriter.write(plan, PlanFormat.YAML));
  }
}
