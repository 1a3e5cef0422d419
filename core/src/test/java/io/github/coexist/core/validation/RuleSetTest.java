package io.github.coexist.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.coexist.core.model.CoexistencePlan;
import io.github.coexist.core.model.Environment;
import io.github.coexist.core.model.OutboundConnector;
import io.github.coexist.core.recommend.RecommendedPlans;
import io.github.coexist.core.value.IpRange;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The engine: extension, severity overrides, switching rules off, failing rules, order. */
class RuleSetTest {
  private static final ValidationContext DAY = ValidationContext.on(LocalDate.of(2026, 6, 1));

  private static final CoexistencePlan ONLINE =
      RecommendedPlans.create(RecommendedPlans.example(Environment.EXCHANGE_ONLINE));

  /** The online plan with an outbound connector that lacks smart hosts (COEX-EXO-009). */
  private static final CoexistencePlan BROKEN =
      CoexistencePlan.builder()
          .from(ONLINE)
          .outboundConnectors(
              List.of(
                  OutboundConnector.builder()
                      .from(ONLINE.outboundConnectors().get(0))
                      .smartHosts(List.of())
                      .build()))
          .build();

  /** A rule of the caller's own, added programmatically. */
  private static final class ThrowingRule implements Rule {
    @Override
    public String id() {
      return "ACME-BUG-001";
    }

    @Override
    public Severity defaultSeverity() {
      return Severity.WARNING;
    }

    @Override
    public String title() {
      return "always fails";
    }

    @Override
    public String rationale() {
      return "a rule with a bug";
    }

    @Override
    public String reference() {
      return "none";
    }

    @Override
    public void check(CoexistencePlan plan, RuleContext ctx) {
      ctx.report("domains", "half a finding", "none");
      IpRange.parse("not a range");
    }
  }

  private static List<String> ids(ValidationReport report) {
    return report.diagnostics().stream().map(Diagnostic::ruleId).collect(Collectors.toList());
  }

  @Test
  void serviceLoaderRulesJoinOnlyTheDiscoveredSet() {
    assertThat(RuleSet.discovered().rule(ServiceLoadedTestRule.ID)).isPresent();
    assertThat(RuleSet.standard().rule(ServiceLoadedTestRule.ID)).isEmpty();
    assertThat(RuleSet.builtIn().rule(ServiceLoadedTestRule.ID)).isEmpty();
    CoexistencePlan probe =
        CoexistencePlan.builder().from(ONLINE).organization(ServiceLoadedTestRule.PROBE).build();
    assertThat(ids(PlanValidator.withDiscoveredRules().validate(probe, DAY)))
        .contains(ServiceLoadedTestRule.ID);
    assertThat(ids(PlanValidator.standard().validate(probe, DAY)))
        .doesNotContain(ServiceLoadedTestRule.ID);
    assertThat(ids(PlanValidator.withDiscoveredRules().validate(ONLINE, DAY)))
        .doesNotContain(ServiceLoadedTestRule.ID);
  }

  @Test
  void theStandardSetIsTheBuiltInRulesWhateverIsOnTheClassPath() {
    assertThat(RuleSet.standard().rules()).isEqualTo(RuleSet.builtIn().rules()).isNotEmpty();
  }

  @Test
  void builtInRulesComeFirstInTheirOwnOrder() {
    assertThat(RuleSet.discovered().rules().subList(0, RuleSet.builtIn().rules().size()))
        .isEqualTo(RuleSet.builtIn().rules());
  }

  @Test
  void aSeverityOverrideChangesTheFindingAndTheVerdict() {
    ValidationReport strict = PlanValidator.standard().validate(BROKEN, DAY);
    assertThat(strict.hasErrors()).isTrue();
    assertThat(ids(strict)).contains("COEX-EXO-009");

    RuleSet lenient = RuleSet.standard().withSeverity("COEX-EXO-009", Severity.WARNING);
    ValidationReport report = PlanValidator.of(lenient).validate(BROKEN, DAY);
    assertThat(report.withSeverity(Severity.WARNING))
        .anyMatch(d -> d.ruleId().equals("COEX-EXO-009"));
    assertThat(report.validatedPlan()).isPresent();
    assertThat(lenient.severityOf(lenient.rule("COEX-EXO-009").orElseThrow()))
        .isEqualTo(Severity.WARNING);
  }

  @Test
  void aRuleSwitchedOffReportsNothing() {
    RuleSet quiet = RuleSet.standard().without("COEX-TLS-001");
    assertThat(quiet.rule("COEX-TLS-001")).isEmpty();
    assertThat(ids(PlanValidator.of(quiet).validate(ONLINE, DAY))).doesNotContain("COEX-TLS-001");
    assertThat(ids(PlanValidator.standard().validate(ONLINE, DAY))).contains("COEX-TLS-001");
  }

  @Test
  void unknownIdsAndDuplicatesAreRefused() {
    assertThatThrownBy(() -> RuleSet.standard().without("COEX-NOPE-001"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no rule with the id COEX-NOPE-001");
    assertThatThrownBy(() -> RuleSet.standard().withSeverity("COEX-NOPE-001", Severity.ERROR))
        .isInstanceOf(IllegalArgumentException.class);
    Rule first = RuleSet.builtIn().rules().get(0);
    assertThatThrownBy(() -> RuleSet.builtIn().with(first))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "two rules have the id "
                + first.id()
                + ": "
                + first.getClass().getName()
                + " and "
                + first.getClass().getName());
  }

  @Test
  void aFailingRuleIsReportedAndDoesNotHideTheOthers() {
    ValidationReport report =
        PlanValidator.of(RuleSet.builtIn().with(new ThrowingRule())).validate(ONLINE, DAY);
    List<Diagnostic> failures =
        report.diagnostics().stream()
            .filter(d -> d.ruleId().equals(PlanValidator.RULE_FAILURE_ID))
            .collect(Collectors.toList());
    assertThat(failures).hasSize(1);
    assertThat(failures.get(0).message()).startsWith("rule ACME-BUG-001 failed: ");
    assertThat(failures.get(0).severity()).isEqualTo(Severity.ERROR);
    // The half-made finding of the failed rule is dropped; the other rules still report.
    assertThat(ids(report)).doesNotContain("ACME-BUG-001").contains("COEX-TLS-001");
  }

  @Test
  void findingsAreOrderedBySeverityThenRuleId() {
    ValidationReport report = PlanValidator.standard().validate(BROKEN, DAY);
    List<Diagnostic> all = report.diagnostics();
    for (int i = 1; i < all.size(); i++) {
      Diagnostic a = all.get(i - 1);
      Diagnostic b = all.get(i);
      assertThat(
              a.severity().compareTo(b.severity()) < 0
                  || (a.severity() == b.severity() && a.ruleId().compareTo(b.ruleId()) <= 0))
          .as(a + " before " + b)
          .isTrue();
    }
    assertThat(report.toString())
        .startsWith("ERROR COEX-EXO-009 outboundConnectors[0].smartHosts: ");
  }
}
