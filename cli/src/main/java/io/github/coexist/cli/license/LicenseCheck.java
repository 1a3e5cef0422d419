package io.github.coexist.cli.license;

import io.github.coexist.license.License;
import io.github.coexist.license.LicenseParser;
import io.github.coexist.license.LicenseVerifier;
import io.github.coexist.license.Outcome;
import io.github.coexist.license.ParsedLicense;
import java.nio.file.Path;
import java.util.List;

/** Reads a license file and verifies it with the given public key files: the first two steps. */
record LicenseCheck(Path file, Outcome<ParsedLicense> parsed, Outcome<License> verified) {
  static LicenseCheck of(Path file, List<Path> publicKeys) {
    LicenseVerifier verifier = LicenseVerifier.trusting(LicenseFiles.publicKeys(publicKeys));
    Outcome<ParsedLicense> parsed =
        LicenseParser.parse(LicenseFiles.read(file, LicenseParser.MAX_BYTES));
    return new LicenseCheck(file, parsed, parsed.flatMap(verifier::verify));
  }

  /** {@code acme.lic:7:16: malformed: ...}: the rejection after the file name. */
  String rejection() {
    return verified.problem().describe(file.toString());
  }
}
