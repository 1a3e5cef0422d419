package io.github.coexist.cli;

import io.github.coexist.powershell.PowerShellEmitter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code coexist emit powershell PLAN [-o FILE]}: the Exchange configuration script. */
@Command(
    name = "powershell",
    description = {
      "Write the Exchange PowerShell script that configures the plan (Exchange Online or the"
          + " Exchange Management Shell). With errors in the plan it writes nothing and exits 1."
    },
    mixinStandardHelpOptions = true)
final class EmitPowerShellCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin ScriptOptions options;

  @Override
  public Integer call() {
    return options.write(spec, new PowerShellEmitter());
  }
}
