package io.github.coexist.cli;

import io.github.coexist.powershell.RollbackEmitter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code coexist emit rollback PLAN [-o FILE]}: the script that undoes the configuration. */
@Command(
    name = "rollback",
    description = {
      "Write the Exchange PowerShell script that undoes what the configuration script's journal"
          + " (-JournalPath) records, newest first: it removes only the objects that script"
          + " created and sets back what it changed. With errors in the plan it writes nothing"
          + " and exits 1."
    },
    mixinStandardHelpOptions = true)
final class EmitRollbackCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin ScriptOptions options;

  @Override
  public Integer call() {
    return options.write(spec, RollbackEmitter.standard());
  }
}
