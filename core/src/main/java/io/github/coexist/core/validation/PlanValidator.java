package io.github.coexist.core.validation;

import com.google.common.collect.ImmutableList;
import io.github.coexist.core.model.CoexistencePlan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Runs a {@link RuleSet} over a plan. It never throws for a plan the model accepts: a rule that
 * fails is itself reported as an error ({@value #RULE_FAILURE_ID}), so one faulty rule cannot hide
 * the others. A caller's mistake is not a finding: a {@code null} argument throws {@link
 * NullPointerException} naming it before any rule runs, and a rule that reports a {@code null}
 * message or hint throws {@link RuleContractException}.
 *
 * <p>{@link #standard()} runs coexist's own rules only; {@link #withDiscoveredRules()} adds the
 * rules {@link java.util.ServiceLoader} finds (see {@link RuleSet#discovered()}).
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

  /**
   * A validator with coexist's own rules and every rule {@link java.util.ServiceLoader} finds on
   * the class path or module path ({@link RuleSet#discovered()}).
   */
  public static PlanValidator withDiscoveredRules() {
    return new PlanValidator(RuleSet.discovered());
  }

  /** A validator with the given rules. */
  public static PlanValidator of(RuleSet rules) {
    return new PlanValidator(Objects.requireNonNull(rules, "rules"));
  }

  /** The rules this validator runs. */
  public RuleSet rules() {
    return rules;
  }

  /**
   * Judges {@code plan} as of {@code context}'s date.
   *
   * @throws NullPointerException naming {@code plan} or {@code context} when it is {@code null}
   * @throws RuleContractException when a rule reports a finding without a message, hint or path, or
   *     builds a {@link PlanPath} the plan cannot have ({@link PlanPathException})
   */
  public ValidationReport validate(CoexistencePlan plan, ValidationContext context) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(context, "context");
    List<Diagnostic> found = new ArrayList<>();
    List<Diagnostic> own = new ArrayList<>(); // one rule's findings, reused from rule to rule
    for (Rule rule : rules.rules()) {
      own.clear();
      try {
        rule.check(
            plan,
            new RuleContext(
                rule, rules.severityOf(rule), rules.overrides(rule.id()), context, own));
      } catch (RuleContractException e) {
        throw e;
      } catch (PlanPathException e) {
        // A typo in a typed path is the author's, like one in a text path (RuleContext.report).
        throw new RuleContractException(
            "rule " + rule.id() + " built a path: " + e.getMessage(), e);
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
    return new ValidationReport(plan, context, ImmutableList.copyOf(found));
  }
}
