package io.github.coexist.license;

/**
 * The extension point for license files of another format (another vendor's, or a later version of
 * this one): parse and verify a file into a {@link License}, or say why not. Everything after that
 * — evaluation, warnings, status — works on the {@link License} and does not care which format it
 * came from.
 *
 * <pre>{@code
 * LicenseFormat format = new CoexistLicenseFormat(LicenseVerifier.trusting(publicKey));
 * Outcome<License> license = format.read(Files.readAllBytes(path));
 * }</pre>
 *
 * <p>An implementation must not throw for bad input: it returns {@link Outcome#rejected} with the
 * {@link LicenseProblem.Reason} that fits (a new {@code LicenseProblem(reason, detail, position)}),
 * and must decide the signature algorithm itself, never from the file.
 */
public interface LicenseFormat {
  /** A short name for messages, for example {@code coexist-license/1}. */
  String name();

  /** The largest file this format reads; callers need not read more than one byte beyond. */
  int maxBytes();

  /** Parses and verifies the bytes of one license file. */
  Outcome<License> read(byte[] file);
}
