package io.github.coexist.core.validation;

import io.github.coexist.core.CoexistException;

/** Thrown by {@link ValidationReport#requireValid()} for a plan with errors; lists them. */
public final class InvalidPlanException extends CoexistException {
  private static final long serialVersionUID = 1L;
  private final transient ValidationReport report;

  InvalidPlanException(ValidationReport report) {
    super(
        "the plan has "
            + report.withSeverity(Severity.ERROR).size()
            + " error(s):\n"
            + report.withSeverity(Severity.ERROR).stream()
                .map(Diagnostic::toString)
                .reduce((a, b) -> a + "\n" + b)
                .orElse(""));
    this.report = report;
  }

  /** The report with the errors. */
  public ValidationReport report() {
    return report;
  }
}
