package io.github.coexist.cli.license;

import io.github.coexist.cli.ExitCode;
import io.github.coexist.license.License;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code coexist license verify}: is this license file genuine? */
@Command(
    name = "verify",
    description = {
      "Check that a license file is well formed and signed by a trusted key.",
      "Exit 0 if it is, 1 with the reason if not (malformed, unsupported-version, unsigned,"
          + " tampered, unknown-key). Dates are not judged here: see 'status'."
    },
    mixinStandardHelpOptions = true)
final class VerifyCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "LICENSE", description = "The license file.")
  Path license;

  @Option(
      names = "--public-key",
      required = true,
      paramLabel = "FILE",
      description = "A trusted public key file; repeat it to trust several keys.")
  List<Path> publicKeys;

  @Override
  public Integer call() {
    LicenseCheck check = LicenseCheck.of(license, publicKeys);
    PrintWriter out = spec.commandLine().getOut();
    if (!check.verified().isAccepted()) {
      out.println(check.rejection());
      return ExitCode.FINDINGS;
    }
    License valid = check.verified().value();
    out.println(
        license
            + ": valid: "
            + valid.type().key()
            + " license "
            + valid.id()
            + " for "
            + valid.licensee()
            + " (process domain "
            + valid.processDomain()
            + "), "
            + valid.generated()
            + " to "
            + valid.expires()
            + ", signed with key "
            + check.parsed().value().keyId().orElseThrow());
    return ExitCode.OK;
  }
}
