package io.github.coexist.testplans;

import io.github.coexist.core.model.CoexistencePlan;
import io.github.coexist.core.validation.PlanValidator;
import io.github.coexist.core.validation.RuleSet;
import io.github.coexist.core.validation.Severity;
import io.github.coexist.core.validation.ValidatedPlan;
import io.github.coexist.core.validation.ValidationContext;
import java.time.LocalDate;

/**
 * The project's rules on one fixed day, as the tests that emit plans need them.
 *
 * <pre>{@code
 * ValidatedPlan plan = Judge.validate(ScenarioPlans.recommended(Environment.EXCHANGE_ONLINE));
 * }</pre>
 */
public final class Judge {
  private Judge() {}

  /** The day every plan is judged on. */
  public static final LocalDate DAY = LocalDate.of(2026, 11, 27);

  /** The plan judged by the project's rules; fails when they find errors. */
  public static ValidatedPlan validate(CoexistencePlan plan) {
    return PlanValidator.standard().validate(plan, ValidationContext.on(DAY)).requireValid();
  }

  /**
   * A plan judged by no rule, as a caller gets with a {@code RuleSet} that switched rules off:
   * proves that the emitters refuse on their own what they cannot write.
   */
  public static ValidatedPlan unchecked(CoexistencePlan plan) {
    return PlanValidator.of(RuleSet.empty())
        .validate(plan, ValidationContext.on(DAY))
        .requireValid();
  }

  /** Whether the project's rules find errors in {@code plan} at {@code path} or below it. */
  public static boolean rulesRefuse(CoexistencePlan plan, String path) {
    return PlanValidator.standard().validate(plan, ValidationContext.on(DAY)).diagnostics().stream()
        .anyMatch(d -> d.severity() == Severity.ERROR && d.path().startsWith(path));
  }
}
