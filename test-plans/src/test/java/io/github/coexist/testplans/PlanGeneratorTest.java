package io.github.coexist.testplans;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coexist.core.model.CoexistencePlan;
import io.github.coexist.core.model.Environment;
import io.github.coexist.core.validation.PlanValidator;
import io.github.coexist.core.validation.ValidationContext;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The generator's own promises: its valid plans are valid, fixed by the seed, and hostile. */
class PlanGeneratorTest {
  private static final int SEEDS = 40;

  @ParameterizedTest
  @EnumSource(Environment.class)
  void mostSeedsGiveAPlanTheRulesAcceptAndTheSameOneEachTime(Environment environment) {
    int valid = 0;
    for (long seed = 1; seed <= SEEDS; seed++) {
      Optional<CoexistencePlan> plan = new PlanGenerator(seed).validPlan(environment);
      if (plan.isPresent()) {
        valid++;
        assertThat(
                PlanValidator.standard()
                    .validate(plan.get(), ValidationContext.on(Judge.DAY))
                    .hasErrors())
            .as("seed %d", seed)
            .isFalse();
        assertThat(new PlanGenerator(seed).validPlan(environment)).contains(plan.get());
        assertThat(plan.get().environment()).isEqualTo(environment);
      }
    }
    System.out.printf("%s: %d of %d seeds give a valid plan%n", environment, valid, SEEDS);
    assertThat(valid).as("valid plans among %d seeds", SEEDS).isGreaterThanOrEqualTo(SEEDS / 2);
  }

  @Test
  void validPlansAreNamedWithTheHostileVisibleCharactersOfThePool() {
    // PowerShell's five single quotes, its double quotes, and what a shell or YAML reads as syntax
    assertThat(ValuePool.VISIBLE)
        .contains("'", "\u2018", "\u2019", "\u201A", "\u201B", "\"", "\u201C", "\u201D", "\u201E")
        .contains("`", "$", "(", ")", ";", "&", "#", "|", "<", ">", "{", "}", "[", "]", "\\");
    ValuePool.VISIBLE
        .chars()
        .forEach(
            c ->
                assertThat(
                        Character.isISOControl(c)
                            || Character.getType(c) == Character.FORMAT
                            || Character.isSurrogate((char) c))
                    .as("U+%04X", c)
                    .isFalse());
    long hostileNames =
        PlanGenerator.validPlans(10).values().stream()
            .flatMap(p -> p.plan().sendConnectors().stream())
            .filter(
                c ->
                    c.name().chars().anyMatch(ch -> "'\u2018\u2019\u201A\u201B`$".indexOf(ch) >= 0))
            .count();
    assertThat(hostileNames).as("send connectors with a quote or $ in their names").isPositive();
  }
}
