package io.github.coexist.cli.license;

import io.github.coexist.cli.UserError;
import io.github.coexist.license.License;
import java.nio.file.Path;
import java.util.List;

/**
 * A license file other commands use (e.g. {@code emit runbook --license}): verified, or refused.
 */
public final class VerifiedLicense {
  private VerifiedLicense() {}

  /**
   * The license in {@code file}, verified with the given public key files.
   *
   * @throws UserError naming the file and why it was refused (malformed, unsigned, tampered, ...)
   */
  public static License read(Path file, List<Path> publicKeys) {
    if (publicKeys == null || publicKeys.isEmpty()) {
      throw new UserError("--license needs --public-key FILE to verify " + file);
    }
    LicenseCheck check = LicenseCheck.of(file, publicKeys);
    if (!check.verified().isAccepted()) {
      throw new UserError(check.rejection());
    }
    return check.verified().value();
  }
}
