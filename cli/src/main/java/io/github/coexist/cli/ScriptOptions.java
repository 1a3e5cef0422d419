package io.github.coexist.cli;

import io.github.coexist.core.emit.Emitter;
import io.github.coexist.core.validation.ValidatedPlan;
import io.github.coexist.powershell.EmissionException;
import io.github.coexist.powershell.PowerShellRenderer;
import io.github.coexist.powershell.PowerShellScript;
import io.github.coexist.powershell.RenderOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * What {@code coexist emit powershell} and {@code coexist emit rollback} share: the plan, where the
 * script goes and how it is encoded (UTF-8 with BOM and CRLF unless told otherwise, because Windows
 * PowerShell 5.1 reads a BOM-less file as ANSI).
 */
final class ScriptOptions {
  @Parameters(index = "0", paramLabel = "PLAN", description = "The plan file (YAML or JSON).")
  Path plan;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write the script to FILE (default: standard output).")
  Path output;

  @Option(
      names = "--today",
      paramLabel = "YYYY-MM-DD",
      converter = OptionValues.DateValue.class,
      description = "The date to validate as of (default: today in UTC).")
  LocalDate today;

  @Option(names = "--lf", description = "End lines with LF instead of CRLF.")
  boolean lf;

  @Option(
      names = "--no-bom",
      description =
          "Write UTF-8 without a byte order mark (Windows PowerShell 5.1 would read it as ANSI).")
  boolean noBom;

  /**
   * Validates the plan, emits the script and writes it; with errors in the plan it writes nothing
   * (exit 1).
   */
  int write(CommandSpec spec, Emitter<PowerShellScript> emitter) {
    PrintWriter err = spec.commandLine().getErr();
    ValidatedPlan valid = PlanInput.readValid(plan, Today.orClock(today), err);
    PowerShellScript script;
    try {
      script = emitter.emit(valid);
    } catch (EmissionException e) {
      // Valid by the rules, but not writable as a script (e.g. a control character in a name).
      err.println("ERROR " + e.getMessage());
      err.flush();
      throw new FindingsException(plan + ": 1 error; nothing written");
    }
    RenderOptions options =
        RenderOptions.builder()
            .lineEnding(lf ? RenderOptions.LineEnding.LF : RenderOptions.LineEnding.CRLF)
            .byteOrderMark(!noBom)
            .build();
    if (output == null) {
      PrintWriter out = spec.commandLine().getOut();
      out.print(PowerShellRenderer.fileText(script, options));
      out.flush();
    } else {
      try {
        Files.write(output, PowerShellRenderer.encode(script, options));
      } catch (IOException e) {
        throw new UserError(output + ": cannot be written (" + e + ")", e);
      }
      spec.commandLine().getOut().println("wrote " + output);
    }
    return ExitCode.OK;
  }
}
