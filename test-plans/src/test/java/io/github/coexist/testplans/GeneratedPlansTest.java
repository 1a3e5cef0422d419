package io.github.coexist.testplans;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coexist.core.model.CoexistencePlan;
import io.github.coexist.core.validation.Diagnostic;
import io.github.coexist.core.validation.PlanValidator;
import io.github.coexist.core.validation.ValidationContext;
import io.github.coexist.core.validation.ValidationReport;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * No rule throws for any plan the model accepts: thousands of random plans from {@link
 * PlanGenerator} (25 fixed seeds, 120 plans each: 3,000) with random objects and attributes,
 * hostile strings, duplicates, IPv6, wildcards and explicit nulls. A rule that throws would show up
 * as COEX-ENGINE-001. It lives here, not in core, because the generator builds on core.
 */
class GeneratedPlansTest {
  private static final int PLANS_PER_SEED = 120;

  static LongStream seeds() {
    return LongStream.range(1, 26);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void noRuleFailsAndEveryFindingIsOneInertLine(long seed) {
    PlanGenerator generator = new PlanGenerator(seed);
    Set<String> fired = new TreeSet<>();
    for (int i = 0; i < PLANS_PER_SEED; i++) {
      CoexistencePlan plan = generator.plan();
      LocalDate today = generator.date();
      ValidationReport report =
          PlanValidator.standard().validate(plan, ValidationContext.on(today));
      for (Diagnostic d : report.diagnostics()) {
        assertThat(d.ruleId())
            .as("seed %d plan %d: %s", seed, i, d.message())
            .isNotEqualTo(PlanValidator.RULE_FAILURE_ID);
        assertThat(d.message() + d.hint())
            .as("seed %d plan %d: %s", seed, i, d)
            .doesNotContainPattern("[\\p{Cntrl}\\p{Cf}\\p{Cs}]");
        assertThat(d.path()).matches("[a-zA-Z]+(\\[\\d+\\])?(\\.[a-zA-Z0-9]+(\\[\\d+\\])?)*");
        fired.add(d.ruleId());
      }
      if (i % 10 == 0) {
        // Deterministic: the same plan and date give the same findings in the same order.
        assertThat(
                PlanValidator.standard().validate(plan, ValidationContext.on(today)).diagnostics())
            .isEqualTo(report.diagnostics());
      }
    }
    // The generator reaches deep into the catalogue, not just the first checks.
    assertThat(fired).as("rules that fired for seed " + seed).hasSizeGreaterThan(40);
  }
}
