package io.github.coexist.core.validation;

import com.google.common.collect.ImmutableList;
import io.github.coexist.core.model.CoexistencePlan;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The findings of validating one plan, in a deterministic order (errors first, then warnings, then
 * infos; within a severity by rule id, then in the order the rule found them). A report without
 * errors yields the {@link ValidatedPlan} that emitters take.
 */
public final class ValidationReport {
  private final CoexistencePlan plan;
  private final ValidationContext context;
  private final ImmutableList<Diagnostic> diagnostics;

  ValidationReport(
      CoexistencePlan plan, ValidationContext context, ImmutableList<Diagnostic> diagnostics) {
    this.plan = plan;
    this.context = context;
    this.diagnostics = diagnostics;
  }

  /** The day the plan was judged on ({@link ValidationContext#today()}). */
  public LocalDate day() {
    return context.today();
  }

  /** The plan that was judged. */
  public CoexistencePlan plan() {
    return plan;
  }

  /** Every finding. */
  public ImmutableList<Diagnostic> diagnostics() {
    return diagnostics;
  }

  /** The findings of one severity. */
  public ImmutableList<Diagnostic> withSeverity(Severity severity) {
    java.util.Objects.requireNonNull(severity, "severity");
    return diagnostics.stream()
        .filter(d -> d.severity() == severity)
        .collect(ImmutableList.toImmutableList());
  }

  /** Whether any finding is an error. */
  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
  }

  /** The validated plan, when there is no error. */
  public Optional<ValidatedPlan> validatedPlan() {
    return hasErrors() ? Optional.empty() : Optional.of(new ValidatedPlan(plan, this));
  }

  /**
   * The validated plan.
   *
   * @throws InvalidPlanException listing the errors, when there is one
   */
  public ValidatedPlan requireValid() {
    return validatedPlan().orElseThrow(() -> new InvalidPlanException(this));
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    for (Diagnostic d : diagnostics) {
      text.append(d).append('\n');
    }
    return text.toString();
  }
}
