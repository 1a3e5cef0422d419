package io.github.coexist.license;

import java.util.Optional;

/**
 * A license file that is well formed but not yet verified: its facts, the key id it names and its
 * signature. Pass it to {@link LicenseVerifier#verify(ParsedLicense)}; do not trust its content
 * before.
 */
public final class ParsedLicense {
  private final License content;
  private final Optional<KeyId> keyId;
  private final byte[] signature;
  private final byte[] signedBytes;

  ParsedLicense(License content, Optional<KeyId> keyId, byte[] signature, byte[] signedBytes) {
    this.content = content;
    this.keyId = keyId;
    this.signature = signature == null ? null : signature.clone();
    this.signedBytes = signedBytes.clone();
  }

  /** The facts as written, which nobody has vouched for yet. */
  public License unverifiedContent() {
    return content;
  }

  /** The key the license says signed it; empty if it is unsigned. */
  public Optional<KeyId> keyId() {
    return keyId;
  }

  /** Whether the file has a signature line. */
  public boolean isSigned() {
    return signature != null;
  }

  /** The 64 signature bytes; only for a signed license. */
  byte[] signature() {
    return signature.clone();
  }

  /** Every byte of the file before the signature line. */
  byte[] signedBytes() {
    return signedBytes.clone();
  }

  @Override
  public String toString() {
    return "ParsedLicense{"
        + content.id()
        + (isSigned()
            ? ", signed with key " + keyId.map(KeyId::toString).orElse("?")
            : ", unsigned")
        + "}";
  }
}
