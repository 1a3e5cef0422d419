package io.github.coexist.cli;

import io.github.coexist.core.model.CoexistencePlan;
import io.github.coexist.planio.PlanFormat;
import io.github.coexist.planio.PlanWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Where {@code coexist init} and {@code coexist import} put the plan they make: YAML on standard
 * output, or the file given with {@code -o} (JSON when its name ends in {@code .json}). The file is
 * never one of the command's inputs nor a key file ({@link OutputFiles#check}).
 */
final class PlanOutput {
  private PlanOutput() {}

  /**
   * Refuses an {@code -o} that is one of {@code inputs} or a key file; commands call it before any
   * work, so a refusal is the only thing they print.
   */
  static void check(Path output, String inputLabel, List<Path> inputs) {
    OutputFiles.check("-o", output, OutputFiles.each(inputLabel, inputs));
  }

  /**
   * Writes {@code plan} to {@code output}, or to standard output when {@code output} is null.
   *
   * @param inputs the files the command read, each named by {@code inputLabel} in a refusal
   */
  static int write(
      CommandSpec spec, CoexistencePlan plan, Path output, String inputLabel, List<Path> inputs) {
    check(output, inputLabel, inputs);
    PrintWriter out = spec.commandLine().getOut();
    if (output == null) {
      out.print(PlanWriter.write(plan, PlanFormat.YAML));
      out.flush();
      return ExitCode.OK;
    }
    try {
      PlanWriter.write(plan, output);
    } catch (NoSuchFileException e) {
      throw new UserError("-o " + output + ": the folder does not exist", e);
    } catch (IOException e) {
      throw new UserError("-o " + output + ": cannot be written (" + e.getMessage() + ")", e);
    }
    out.println("coexist: wrote " + output);
    out.flush();
    return ExitCode.OK;
  }
}
