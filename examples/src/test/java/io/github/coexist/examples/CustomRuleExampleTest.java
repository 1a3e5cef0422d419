package io.github.coexist.examples;

import static io.github.coexist.testing.CoexistAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.coexist.core.model.Environment;
import io.github.coexist.core.recommend.RecommendedPlans;
import io.github.coexist.core.validation.PlanValidator;
import io.github.coexist.core.validation.RuleSet;
import io.github.coexist.core.validation.ValidationContext;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CustomRuleExampleTest {
  private static final LocalDate DAY = LocalDate.of(2026, 11, 27);

  @Test
  void serviceLoaderRegistersTheRuleAfterCoexistsOwnOnlyWhenAskedFor() {
    RuleSet discovered = RuleSet.discovered();

    assertThat(discovered.rule(NoTestDomainsRule.ID)).isPresent();
    assertThat(discovered.rules().get(discovered.rules().size() - 1).id())
        .isEqualTo(NoTestDomainsRule.ID);
    assertThat(RuleSet.standard().rule(NoTestDomainsRule.ID)).isEmpty();
    assertThat(RuleSet.builtIn().rule(NoTestDomainsRule.ID)).isEmpty();
  }

  @Test
  void bothRegistrationsFindTheLabDomain() {
    assertThat(
            PlanValidator.of(CustomRuleExample.programmatic())
                .validate(CustomRuleExample.labPlan(), ValidationContext.on(DAY)))
        .hasError(NoTestDomainsRule.ID)
        .atExactly("domains.dominoRouting")
        .withMessageContaining("domino.contoso.test")
        .times(1);
    assertThat(CustomRuleExample.labPlan())
        .validatedOn(DAY)
        .hasError(NoTestDomainsRule.ID)
        .atExactly("domains.dominoRouting");
    assertThat(CustomRuleExample.run(DAY))
        .isEqualTo(
            "programmatic:\n"
                + "  ERROR ACME-DOM-001 domains.dominoRouting: domain domino.contoso.test is a"
                + " reserved test domain\n"
                + "ServiceLoader:\n"
                + "  ERROR ACME-DOM-001 domains.dominoRouting: domain domino.contoso.test is a"
                + " reserved test domain\n");
  }

  @Test
  void theRecommendedPlanPassesTheCustomRule() {
    assertThat(RecommendedPlans.create(RecommendedPlans.example(Environment.EXCHANGE_SERVER)))
        .validatedOn(DAY)
        .hasNoErrors()
        .doesNotReport(NoTestDomainsRule.ID);
  }
}
