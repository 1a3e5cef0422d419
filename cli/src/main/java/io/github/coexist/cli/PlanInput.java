package io.github.coexist.cli;

import io.github.coexist.core.model.CoexistencePlan;
import io.github.coexist.core.validation.PlanValidator;
import io.github.coexist.core.validation.ValidatedPlan;
import io.github.coexist.core.validation.ValidationContext;
import io.github.coexist.core.validation.ValidationReport;
import io.github.coexist.planio.PlanFileException;
import io.github.coexist.planio.PlanReader;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * The one place commands load a plan file: a file that cannot be read or is not a valid plan file
 * becomes a {@link UserError} naming {@code file:line:column}; a plan with validation errors
 * becomes a {@link FindingsException} after its errors are printed.
 *
 * <pre>{@code
 * ValidatedPlan valid = PlanInput.readValid(planFile, Today.orClock(today), spec.commandLine().getErr());
 * }</pre>
 */
public final class PlanInput {
  private PlanInput() {}

  /**
   * Reads a plan file (YAML or JSON).
   *
   * @throws UserError when the file is missing, unreadable or not a valid plan file
   */
  public static CoexistencePlan read(Path file) {
    if (Files.isDirectory(file)) {
      throw new UserError(file + ": is a directory, not a plan file");
    }
    try {
      return PlanReader.standard().read(file);
    } catch (PlanFileException e) {
      throw new UserError(e.getMessage(), e);
    }
  }

  /**
   * Reads and validates a plan file as of {@code today}; prints the errors (one per line) and a
   * summary to {@code err} when there are any.
   *
   * @throws UserError when the file cannot be read as a plan
   * @throws FindingsException when the plan has validation errors
   */
  public static ValidatedPlan readValid(Path file, LocalDate today, PrintWriter err) {
    return readValid(file, PlanValidator.withDiscoveredRules(), today, err);
  }

  /** As {@link #readValid(Path, LocalDate, PrintWriter)}, judged by {@code validator}. */
  public static ValidatedPlan readValid(
      Path file, PlanValidator validator, LocalDate today, PrintWriter err) {
    CoexistencePlan plan = read(file);
    ValidationReport report = validator.validate(plan, ValidationContext.on(today));
    if (report.hasErrors()) {
      ValidationReports.printErrors(report, err);
      err.flush();
      throw new FindingsException(
          file + ": " + ValidationReports.summary(report) + "; nothing written");
    }
    return report.validatedPlan().orElseThrow();
  }
}
