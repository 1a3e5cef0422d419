package io.github.coexist.cli;

import io.github.coexist.core.model.CoexistencePlan;
import io.github.coexist.core.validation.PlanValidator;
import io.github.coexist.core.validation.ValidationContext;
import io.github.coexist.core.validation.ValidationReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code coexist validate PLAN}: the findings of every rule, as text or JSON. */
@Command(
    name = "validate",
    description = {
      "Validate a plan file. Exit code 0 when there is no error, 1 when there are errors, 2 when"
          + " the file cannot be read as a plan."
    },
    mixinStandardHelpOptions = true)
final class ValidateCommand implements Callable<Integer> {
  /** The two report formats. */
  enum Format {
    TEXT,
    JSON
  }

  /** --format, matched ignoring ASCII case only. */
  static final class FormatValue extends AsciiEnumValue<Format> {
    FormatValue() {
      super(Format.class);
    }
  }

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "PLAN", description = "The plan file (YAML or JSON).")
  Path plan;

  @Option(
      names = "--format",
      converter = FormatValue.class,
      paramLabel = "text|json",
      description = "text (one finding per line and a summary; default) or json.")
  Format format = Format.TEXT;

  @Option(
      names = "--today",
      paramLabel = "YYYY-MM-DD",
      converter = OptionValues.DateValue.class,
      description = "The date to judge by (license expiry); default: today in UTC.")
  LocalDate today;

  @Mixin RuleJars rules;

  @Override
  public Integer call() {
    PlanValidator validator = rules.validator();
    CoexistencePlan read = PlanInput.read(plan);
    ValidationReport report = validator.validate(read, ValidationContext.on(Today.orClock(today)));
    PrintWriter out = spec.commandLine().getOut();
    if (format == Format.JSON) {
      out.print(ValidationReports.json(report));
    } else {
      out.print(ValidationReports.text(report));
    }
    out.flush();
    return report.hasErrors() ? ExitCode.FINDINGS : ExitCode.OK;
  }
}
