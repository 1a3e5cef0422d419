package io.github.coexist.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coexist.core.model.CoexistencePlan;
import io.github.coexist.core.validation.Diagnostic;
import io.github.coexist.core.validation.PlanValidator;
import io.github.coexist.core.validation.Rule;
import io.github.coexist.core.validation.RuleSet;
import io.github.coexist.core.validation.Severity;
import io.github.coexist.core.validation.ValidationContext;
import io.github.coexist.core.validation.ValidationReport;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One row of a rule test table: a plan that must trigger a rule at an exact path with an exact
 * severity ({@link #triggers}), or a near miss that must not trigger it ({@link #passes}).
 */
record RuleCase(
    String name,
    String ruleId,
    boolean triggers,
    Severity severity,
    String path,
    String messagePart,
    CoexistencePlan plan,
    LocalDate today) {

  /** {@code plan} must yield exactly one finding of {@code ruleId} at {@code path}. */
  static RuleCase triggers(
      String name, String ruleId, Severity severity, String path, CoexistencePlan plan) {
    return new RuleCase(name, ruleId, true, severity, path, "", plan, TestPlans.TODAY);
  }

  /** {@code plan} must yield no finding of {@code ruleId}. */
  static RuleCase passes(String name, String ruleId, CoexistencePlan plan) {
    return new RuleCase(name, ruleId, false, null, null, "", plan, TestPlans.TODAY);
  }

  /** The finding's message must also contain {@code text} (it names the value). */
  RuleCase mentioning(String text) {
    return new RuleCase(name, ruleId, triggers, severity, path, text, plan, today);
  }

  /** Judged on {@code date} instead of {@link TestPlans#TODAY}. */
  RuleCase on(LocalDate date) {
    return new RuleCase(name, ruleId, triggers, severity, path, messagePart, plan, date);
  }

  ValidationReport report() {
    return PlanValidator.of(RuleSet.builtIn()).validate(plan, ValidationContext.on(today));
  }

  /** Asserts what the row says. */
  void verify() {
    ValidationReport report = report();
    assertThat(report.diagnostics())
        .as("no rule may fail")
        .noneMatch(d -> d.ruleId().equals(PlanValidator.RULE_FAILURE_ID));
    List<Diagnostic> own =
        report.diagnostics().stream()
            .filter(d -> d.ruleId().equals(ruleId))
            .collect(Collectors.toList());
    if (!triggers) {
      assertThat(own).as(name + ": no finding of " + ruleId).isEmpty();
      return;
    }
    List<Diagnostic> atPath =
        own.stream().filter(d -> d.path().equals(path)).collect(Collectors.toList());
    assertThat(atPath)
        .as(name + ": one finding of " + ruleId + " at " + path + ", found " + own)
        .hasSize(1);
    Diagnostic finding = atPath.get(0);
    Rule rule = RuleSet.builtIn().rule(ruleId).orElseThrow();
    assertThat(finding.severity()).isEqualTo(severity);
    assertThat(rule.defaultSeverity()).isEqualTo(severity);
    assertThat(finding.message()).contains(messagePart).doesNotContain("\n");
    assertThat(finding.hint()).isNotBlank().doesNotContain("\n");
    assertThat(finding.reference()).isEqualTo(rule.reference());
  }

  @Override
  public String toString() {
    return ruleId + (triggers ? " triggers: " : " passes: ") + name;
  }
}
