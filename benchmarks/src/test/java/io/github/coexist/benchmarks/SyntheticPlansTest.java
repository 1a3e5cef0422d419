package io.github.coexist.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.coexist.core.model.CoexistencePlan;
import io.github.coexist.core.model.Environment;
import io.github.coexist.core.recommend.RecommendedPlans;
import io.github.coexist.core.validation.Diagnostic;
import io.github.coexist.core.validation.PlanValidator;
import io.github.coexist.core.validation.Severity;
import io.github.coexist.core.validation.ValidationContext;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SyntheticPlansTest {
  private static final CoexistencePlan BASE =
      RecommendedPlans.create(RecommendedPlans.example(Environment.EXCHANGE_SERVER));

  @ParameterizedTest
  @ValueSource(ints = {100, 1_000, 4_004})
  void aQuarterOfTheEntriesOfEachKind(int entries) {
    CoexistencePlan plan = SyntheticPlans.withEntries(entries, SyntheticPlans.SEED);
    int quarter = entries / 4;
    // Each generated object repeats the recommended entries its kind needs.
    int objects = (quarter + SyntheticPlans.PER_OBJECT - 1) / SyntheticPlans.PER_OBJECT;

    assertThat(plan.acceptedDomains()).hasSize(BASE.acceptedDomains().size() + quarter);
    assertThat(plan.sendConnectors().stream().mapToInt(c -> c.addressSpaces().size()).sum())
        .isEqualTo(1 + objects + quarter);
    assertThat(plan.receiveConnectors().stream().mapToInt(c -> c.remoteIpRanges().size()).sum())
        .isEqualTo(2 * (BASE.receiveConnectors().size() + objects) + quarter);
    assertThat(
            plan.emailAddressPolicies().stream()
                .mapToInt(p -> p.enabledEmailAddressTemplates().size())
                .sum())
        .isEqualTo(2 * (1 + objects) + quarter);
  }

  @ParameterizedTest
  @ValueSource(ints = {100, 1_000})
  void validatesWithoutErrors(int entries) {
    CoexistencePlan plan = SyntheticPlans.withEntries(entries, SyntheticPlans.SEED);

    List<Diagnostic> errors =
        PlanValidator.standard()
            .validate(plan, ValidationContext.on(LocalDate.of(2026, 11, 27)))
            .diagnostics()
            .stream()
            .filter(d -> d.severity() == Severity.ERROR)
            .toList();

    assertThat(errors).isEmpty();
  }

  @Test
  void theSeedDecidesThePlan() {
    assertThat(SyntheticPlans.withEntries(400, 7))
        .isEqualTo(SyntheticPlans.withEntries(400, 7))
        .isNotEqualTo(SyntheticPlans.withEntries(400, 8));
  }

  @Test
  void refusesTooFewEntries() {
    assertThatThrownBy(() -> SyntheticPlans.withEntries(3, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 4");
  }
}
