package io.github.coexist.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The root {@code coexist} command: options shared by every subcommand ({@link Subcommands} lists
 * them).
 */
@Command(
    name = "coexist",
    description = "Domino <-> Exchange coexistence as code: plans, validation, scripts, licenses.",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class)
// The subcommands are Subcommands.ALL, added by CoexistCli: only those a command line needs.
final class CoexistCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--debug",
      scope = picocli.CommandLine.ScopeType.INHERIT,
      description = "Print stack traces of failures.")
  boolean debug;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(spec.commandLine(), "a command is required");
  }
}
