package io.github.coexist.cli;

import io.github.coexist.core.model.Environment;
import io.github.coexist.powershell.RenderOptions;
import io.github.coexist.powershell.SnapshotScript;
import io.github.coexist.powershell.SnapshotScriptEmitter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code coexist emit snapshot --environment E [-o FILE] [--lf] [--no-bom]}: the read-only script
 * that writes what the organisation holds as a snapshot JSON document.
 */
@Command(
    name = "snapshot",
    description = {
      "Write the read-only Exchange PowerShell script that lists every remote domain, accepted"
          + " domain, address policy and connector of the environment and writes them to a"
          + " snapshot JSON document (docs/snapshot-format.md). It needs no plan."
    },
    mixinStandardHelpOptions = true,
    sortOptions = false)
final class EmitSnapshotCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--environment",
      required = true,
      paramLabel = "exchange-online|exchange-server",
      converter = OptionValues.EnvironmentValue.class,
      description = "The Exchange side to read.")
  Environment environment;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write to FILE (default: standard output).")
  Path output;

  @Mixin EncodingOptions encoding;

  @Override
  public Integer call() {
    SnapshotScript script = SnapshotScriptEmitter.standard().emit(environment);
    RenderOptions options = encoding.renderOptions();
    ArtifactOutput.writeAndSay(
        out -> script.writeTo(out, options), output, spec.commandLine().getOut());
    return ExitCode.OK;
  }
}
