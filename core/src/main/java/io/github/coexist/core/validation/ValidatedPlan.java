package io.github.coexist.core.validation;

import io.github.coexist.core.model.CoexistencePlan;
import java.time.LocalDate;

/**
 * A plan that passed validation without errors: the only thing emitters accept. Only {@link
 * ValidationReport} makes one, so holding a ValidatedPlan proves the rules were run.
 *
 * <pre>{@code
 * ValidatedPlan valid = PlanValidator.standard()
 *     .validate(plan, ValidationContext.on(LocalDate.of(2026, 11, 27)))
 *     .requireValid();
 * }</pre>
 */
public final class ValidatedPlan {
  private final CoexistencePlan plan;
  private final ValidationReport report;

  ValidatedPlan(CoexistencePlan plan, ValidationReport report) {
    this.plan = plan;
    this.report = report;
  }

  /** The plan. */
  public CoexistencePlan plan() {
    return plan;
  }

  /**
   * The day it was validated on: emitters that depend on the date (e.g. a license's status in the
   * runbook) use this day, so validation and emission agree.
   */
  public LocalDate day() {
    return report.day();
  }

  /** The report it passed with (warnings and infos included). */
  public ValidationReport report() {
    return report;
  }
}
