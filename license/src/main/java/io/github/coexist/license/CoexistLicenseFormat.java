package io.github.coexist.license;

import java.util.Objects;

/**
 * This library's own format ({@code docs/license-format.md}): {@link LicenseParser} then {@link
 * LicenseVerifier}.
 */
public final class CoexistLicenseFormat implements LicenseFormat {
  private final LicenseVerifier verifier;

  /** The format, verifying with {@code verifier}. */
  public CoexistLicenseFormat(LicenseVerifier verifier) {
    Objects.requireNonNull(verifier, "verifier");
    this.verifier = verifier;
  }

  @Override
  public String name() {
    return LicenseParser.FORMAT_NAME + "/" + LicenseParser.VERSION;
  }

  @Override
  public int maxBytes() {
    return LicenseParser.MAX_BYTES;
  }

  @Override
  public Outcome<License> read(byte[] file) {
    return LicenseParser.parse(file).flatMap(verifier::verify);
  }
}
