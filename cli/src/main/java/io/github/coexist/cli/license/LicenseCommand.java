package io.github.coexist.cli.license;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code coexist license ...}: issue, verify and evaluate signed BTCal licenses. */
@Command(
    name = "license",
    description = "Issue, verify and evaluate signed BTCal licenses (docs/license-format.md).",
    mixinStandardHelpOptions = true,
    subcommands = {
      KeygenCommand.class,
      SignCommand.class,
      VerifyCommand.class,
      StatusCommand.class
    })
public final class LicenseCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(
        spec.commandLine(), "license needs a subcommand (see coexist license --help)");
  }
}
