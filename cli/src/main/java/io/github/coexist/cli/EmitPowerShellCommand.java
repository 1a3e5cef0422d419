package io.github.coexist.cli;

import io.github.coexist.livestate.Snapshot;
import io.github.coexist.powershell.PowerShellEmitter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
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

  @Option(
      names = "--against",
      arity = "1..*",
      paramLabel = "SNAPSHOT",
      description =
          "Change-only: write statements only for what differs from this snapshot of the"
              + " organisation (coexist snapshot JSON or Export-Clixml captures); a plan in sync"
              + " gives a script that changes nothing.")
  List<Path> against;

  @Override
  public Integer call() {
    if (against == null) {
      return options.write(spec, new PowerShellEmitter());
    }
    return options.write(
        spec,
        valid -> {
          Snapshot live = SnapshotFiles.read(against, valid.plan().environment(), Optional.empty());
          return new PowerShellEmitter().emitAgainst(valid, live);
        },
        OutputFiles.each("--against", against));
  }
}
