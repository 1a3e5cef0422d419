package io.github.coexist.cli;

import io.github.coexist.core.emit.EmissionException;
import io.github.coexist.core.emit.Emitter;
import io.github.coexist.core.validation.ValidatedPlan;
import io.github.coexist.powershell.PowerShellScript;
import io.github.coexist.powershell.RenderOptions;
import java.io.PrintWriter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;

/**
 * What {@code coexist emit powershell} and {@code coexist emit rollback} share: the plan, where the
 * script goes and how it is encoded (UTF-8 with BOM and CRLF unless told otherwise, because Windows
 * PowerShell 5.1 reads a BOM-less file as ANSI).
 */
final class ScriptOptions {
  @Mixin PlanArguments input;

  @Mixin EncodingOptions encoding;

  /**
   * Validates the plan, emits the script and writes it; with errors in the plan it writes nothing
   * (exit 1). {@code otherInputs} (option name, file pairs) are files besides the plan the command
   * reads: {@code -o} may not name one of them.
   */
  int write(CommandSpec spec, Emitter<PowerShellScript> emitter, Object... otherInputs) {
    PrintWriter err = spec.commandLine().getErr();
    ValidatedPlan valid = input.readValid(spec, otherInputs);
    PowerShellScript script;
    try {
      script = emitter.emit(valid);
    } catch (EmissionException e) {
      // Valid by the rules, but not writable as a script (e.g. a control character in a name).
      err.println("ERROR " + e.getMessage());
      err.flush();
      throw new FindingsException(input.plan + ": 1 error; nothing written");
    }
    RenderOptions options = encoding.renderOptions();
    ArtifactOutput.writeAndSay(
        out -> script.writeTo(out, options), input.output, spec.commandLine().getOut());
    return ExitCode.OK;
  }
}
