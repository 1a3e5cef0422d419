package io.github.coexist.core.validation;

import com.google.common.collect.ImmutableList;
import io.github.coexist.core.model.CoexistencePlan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Runs a {@link RuleSet} over a plan. It never throws for a plan the model accepts: a rule that
 * fails is itself reported as an error ({@value #RULE_FAILURE_ID}), so one faulty rule cannot hide
 * the others.
 *
 * <pre>{@code
 * ValidationReport report = PlanValidator.standard().validate(plan, ValidationContext.on(today));
 * report.diagnostics().forEach(System.out::println);
 * }</pre>
 */
public final class PlanValidator {
  /** The rule id under which a failing rule is reported. */
  public static final String RULE_FAILURE_ID = "COEX-ENGINE-001";

  private static final Comparator<Diagnostic> ORDER =
      Comparator.comparing(Diagnostic::severity).thenComparing(Diagnostic::ruleId);

  private final RuleSet rules;

  private PlanValidator(RuleSet rules) {
    this.rules = rules;
  }

  /** A validator with {@link RuleSet#standard()}. */
  public static PlanValidator standard() {
    return new PlanValidator(RuleSet.standard());
  }

  /** A validator with the given rules. */
  public static PlanValidator of(RuleSet rules) {
    return new PlanValidator(rules);
  }

  /** The rules this validator runs. */
  public RuleSet rules() {
    return rules;
  }

  /** Judges {@code plan} as of {@code context}'s date. */
  public ValidationReport validate(CoexistencePlan plan, ValidationContext context) {
    List<Diagnostic> found = new ArrayList<>();
    List<Diagnostic> own = new ArrayList<>(); // one rule's findings, reused from rule to rule
    for (Rule rule : rules.rules()) {
      own.clear();
      try {
        rule.check(plan, new RuleContext(rule, rules.severityOf(rule), context, own));
      } catch (RuntimeException e) {
        own.clear();
        own.add(
            Diagnostic.builder()
                .ruleId(RULE_FAILURE_ID)
                .severity(Severity.ERROR)
                .path("")
                .message("rule " + rule.id() + " failed: " + e)
                .hint("report this as a bug of the rule")
                .reference(rule.id())
                .build());
      }
      found.addAll(own);
    }
    // A stable sort keeps each rule's own order within the same severity and id.
    found.sort(ORDER);
    return new ValidationReport(plan, ImmutableList.copyOf(found));
  }
}
