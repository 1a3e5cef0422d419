package io.github.coexist.cli.license;

import io.github.coexist.cli.ExitCode;
import io.github.coexist.cli.OutputFiles;
import io.github.coexist.cli.UserError;
import io.github.coexist.license.LicenseSigningKey;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code coexist license keygen}: a new Ed25519 key pair, as two key files. */
@Command(
    name = "keygen",
    description = {
      "Generate a license signing key pair (Ed25519).",
      "The private key file signs licenses: keep it secret. The public key file verifies them.",
      "Existing files are never overwritten."
    },
    mixinStandardHelpOptions = true)
final class KeygenCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--private-key",
      required = true,
      paramLabel = "FILE",
      description = "Where to write the private key (created readable by you only).")
  Path privateKey;

  @Option(
      names = "--public-key",
      required = true,
      paramLabel = "FILE",
      description = "Where to write the public key.")
  Path publicKey;

  @Override
  public Integer call() {
    if (OutputFiles.same(privateKey, publicKey)) {
      throw new UserError(
          "--private-key and --public-key name the same file " + privateKey + "; give two files");
    }
    LicenseFiles.requireAbsent(privateKey);
    LicenseFiles.requireAbsent(publicKey);
    LicenseSigningKey key = LicenseSigningKey.generate(new SecureRandom());
    // The public file first: if it cannot be written, no secret is left behind; if the private
    // one cannot, the public one goes again, so a failed keygen leaves no file.
    LicenseFiles.create(publicKey, key.publicKey().toText(), false);
    try {
      LicenseFiles.create(privateKey, key.toText(), true);
    } catch (UserError e) {
      LicenseFiles.deleteQuietly(publicKey);
      throw e;
    }
    spec.commandLine()
        .getOut()
        .println(
            "wrote "
                + privateKey
                + " (private, keep it secret) and "
                + publicKey
                + " (public), key id "
                + key.keyId());
    return ExitCode.OK;
  }
}
