package io.github.coexist.license;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;

/**
 * Step zero: writes and signs license files. Ed25519 signatures are deterministic, so the same
 * license and key always give the same file.
 *
 * <pre>{@code
 * LicenseSigningKey key = LicenseSigningKey.generate(new SecureRandom());
 * String text = new LicenseIssuer(key).issue(license);
 * Files.writeString(path, text);  // UTF-8
 * }</pre>
 */
public final class LicenseIssuer {
  private final LicenseSigningKey key;

  /** An issuer signing with {@code key}. */
  public LicenseIssuer(LicenseSigningKey key) {
    Objects.requireNonNull(key, "key");
    this.key = key;
  }

  /** The text of the signed license file, to be written as UTF-8. */
  public String issue(License license) {
    String signed = LicenseText.signedPart(license, key.keyId());
    byte[] signature = key.sign(signed.getBytes(StandardCharsets.UTF_8));
    return signed + LicenseText.signatureLine(Base64.getEncoder().encodeToString(signature));
  }

  /** The key this issuer signs with. */
  public KeyId keyId() {
    return key.keyId();
  }
}
