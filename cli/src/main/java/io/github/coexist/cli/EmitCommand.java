package io.github.coexist.cli;

import picocli.CommandLine.Command;

/** {@code coexist emit ...}: writes one artifact from a plan. */
@Command(
    name = "emit",
    description = "Write one artifact of a valid plan.",
    mixinStandardHelpOptions = true,
    subcommands = {
      EmitPowerShellCommand.class,
      EmitRollbackCommand.class,
      EmitSnapshotCommand.class,
      EmitNotesIniCommand.class,
      EmitConsoleCommand.class,
      EmitRunbookCommand.class,
      EmitDominoCommand.class
    })
final class EmitCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(spec.commandLine(), "emit needs a subcommand");
  }
}
