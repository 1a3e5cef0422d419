package io.github.coexist.examples;

import io.github.coexist.core.model.CoexistencePlan;
import io.github.coexist.core.model.Domains;
import io.github.coexist.core.model.Environment;
import io.github.coexist.core.recommend.RecommendedPlans;
import io.github.coexist.core.validation.PlanValidator;
import io.github.coexist.core.validation.RuleSet;
import io.github.coexist.core.validation.ValidationContext;
import io.github.coexist.core.validation.ValidationReport;
import java.time.LocalDate;

/**
 * A custom rule ({@link NoTestDomainsRule}) registered two ways: programmatically ({@code
 * RuleSet.builtIn().with(rule)}) and through ServiceLoader ({@link AcmeRules}, found by {@code
 * PlanValidator.withDiscoveredRules()}; {@code PlanValidator.standard()} runs coexist's rules
 * only). Both find the lab domain of a plan copied from the recommended one.
 */
public final class CustomRuleExample {
  private CustomRuleExample() {}

  /** Prints the custom rule's findings both ways. */
  public static void main(String[] args) {
    System.out.print(run(LocalDate.now(java.time.Clock.systemUTC())));
  }

  /** The recommended Exchange Online plan moved to a lab domain. */
  public static CoexistencePlan labPlan() {
    CoexistencePlan recommended =
        RecommendedPlans.create(RecommendedPlans.example(Environment.EXCHANGE_ONLINE));
    return CoexistencePlan.builder()
        .from(recommended)
        .domains(Domains.of("contoso.com", "domino.contoso.test", "exch.contoso.com"))
        .build();
  }

  /** Programmatic rule set with the custom rule. */
  public static RuleSet programmatic() {
    return RuleSet.builtIn().with(new NoTestDomainsRule());
  }

  /** The custom rule's findings, from the programmatic set and from ServiceLoader's. */
  public static String run(LocalDate today) {
    ValidationContext context = ValidationContext.on(today);
    ValidationReport byHand = PlanValidator.of(programmatic()).validate(labPlan(), context);
    ValidationReport found = PlanValidator.withDiscoveredRules().validate(labPlan(), context);
    StringBuilder out = new StringBuilder();
    out.append("programmatic:\n");
    byHand.diagnostics().stream()
        .filter(d -> d.ruleId().equals(NoTestDomainsRule.ID))
        .forEach(d -> out.append("  ").append(d).append('\n'));
    out.append("ServiceLoader:\n");
    found.diagnostics().stream()
        .filter(d -> d.ruleId().equals(NoTestDomainsRule.ID))
        .forEach(d -> out.append("  ").append(d).append('\n'));
    return out.toString();
  }
}
